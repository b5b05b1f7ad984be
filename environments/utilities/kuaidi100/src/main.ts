#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { kuaidi100 } from './index.js';

await runEnvironmentProcess(kuaidi100);
