#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { hackerNews } from './index.js';

await runEnvironment(hackerNews);
