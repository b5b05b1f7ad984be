#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { sanvelloMentalHealthServer } from './index.js';

await runEnvironment(sanvelloMentalHealthServer);
