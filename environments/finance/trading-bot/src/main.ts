#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { tradingBot } from './index.js';

await runEnvironment(tradingBot);
