#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { tau2Retail } from './index.js';

await runEnvironmentProcess(tau2Retail);
