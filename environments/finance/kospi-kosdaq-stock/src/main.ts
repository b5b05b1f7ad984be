#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { kospiKosdaqStock } from './index.js';

await runEnvironmentProcess(kospiKosdaqStock);
