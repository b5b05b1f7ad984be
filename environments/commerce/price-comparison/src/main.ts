#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { priceComparison } from './index.js';

await runEnvironment(priceComparison);
