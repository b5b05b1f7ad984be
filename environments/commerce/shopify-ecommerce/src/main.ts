#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { shopifyEcommerce } from './index.js';

await runEnvironment(shopifyEcommerce);
