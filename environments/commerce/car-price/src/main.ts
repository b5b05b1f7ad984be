#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { carPrice } from './index.js';

await runEnvironmentProcess(carPrice);
