#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { priceComparison } from './index.js';

await runEnvironmentProcess(priceComparison);
