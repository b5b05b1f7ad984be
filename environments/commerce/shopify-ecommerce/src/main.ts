#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { shopifyEcommerce } from './index.js';

await runEnvironmentProcess(shopifyEcommerce);
