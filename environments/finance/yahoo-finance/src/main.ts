#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { yahooFinance } from './index.js';

await runEnvironmentProcess(yahooFinance);
