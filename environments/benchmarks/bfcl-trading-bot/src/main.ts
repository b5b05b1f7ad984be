#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclTradingBot } from './index.js';

await runEnvironmentProcess(bfclTradingBot);
