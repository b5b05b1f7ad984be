#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { hackerNews } from './index.js';

await runEnvironmentProcess(hackerNews);
