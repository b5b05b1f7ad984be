#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { yahooFinance } from './index.js';

await runEnvironment(yahooFinance);
