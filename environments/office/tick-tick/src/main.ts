#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { tickTick } from './index.js';

await runEnvironmentProcess(tickTick);
