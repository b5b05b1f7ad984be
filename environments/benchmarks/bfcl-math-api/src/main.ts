#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclMathApi } from './index.js';

await runEnvironmentProcess(bfclMathApi);
