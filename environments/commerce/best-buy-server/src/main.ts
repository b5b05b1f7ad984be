#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bestBuyServer } from './index.js';

await runEnvironmentProcess(bestBuyServer);
