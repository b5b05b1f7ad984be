#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { amazonProduct } from './index.js';

await runEnvironment(amazonProduct);
