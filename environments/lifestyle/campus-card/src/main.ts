#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { campusCard } from './index.js';

await runEnvironment(campusCard);
