#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { tau2Telecom } from './index.js';

await runEnvironmentProcess(tau2Telecom);
