#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { tau2Airline } from './index.js';

await runEnvironmentProcess(tau2Airline);
