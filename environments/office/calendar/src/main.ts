#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { calendar } from './index.js';

await runEnvironmentProcess(calendar);
