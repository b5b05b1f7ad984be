#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { hkBus } from './index.js';

await runEnvironmentProcess(hkBus);
