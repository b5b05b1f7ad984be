#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { tradingBot } from './index.js';

await runEnvironmentProcess(tradingBot);
