#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { wuWa } from './index.js';

await runEnvironmentProcess(wuWa);
