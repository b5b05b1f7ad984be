#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { excelServer } from './index.js';

await runEnvironmentProcess(excelServer);
