#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { posting } from './index.js';

await runEnvironmentProcess(posting);
