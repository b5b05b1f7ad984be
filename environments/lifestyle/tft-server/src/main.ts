#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { tftServer } from './index.js';

await runEnvironmentProcess(tftServer);
