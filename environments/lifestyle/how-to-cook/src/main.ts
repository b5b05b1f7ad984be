#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { howToCook } from './index.js';

await runEnvironmentProcess(howToCook);
