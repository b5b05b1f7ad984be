#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { canvas } from './index.js';

await runEnvironmentProcess(canvas);
