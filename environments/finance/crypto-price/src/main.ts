#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { cryptoPrice } from './index.js';

await runEnvironment(cryptoPrice);
