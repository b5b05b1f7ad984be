#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { carPrice } from './index.js';

await runEnvironment(carPrice);
