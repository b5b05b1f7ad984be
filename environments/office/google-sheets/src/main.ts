#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { googleSheets } from './index.js';

await runEnvironmentProcess(googleSheets);
