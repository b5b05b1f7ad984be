#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { bestBuyServer } from './index.js';

await runEnvironment(bestBuyServer);
