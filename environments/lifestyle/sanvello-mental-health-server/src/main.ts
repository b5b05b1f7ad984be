#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { sanvelloMentalHealthServer } from './index.js';

await runEnvironmentProcess(sanvelloMentalHealthServer);
