#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { financialDatasets } from './index.js';

await runEnvironmentProcess(financialDatasets);
