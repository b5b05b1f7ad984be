#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { amazonProduct } from './index.js';

await runEnvironmentProcess(amazonProduct);
