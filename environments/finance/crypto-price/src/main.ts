#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { cryptoPrice } from './index.js';

await runEnvironmentProcess(cryptoPrice);
