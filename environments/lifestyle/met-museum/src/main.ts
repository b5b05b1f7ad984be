#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { metMuseum } from './index.js';

await runEnvironmentProcess(metMuseum);
