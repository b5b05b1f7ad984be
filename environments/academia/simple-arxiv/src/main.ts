#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { simpleArxiv } from './index.js';

await runEnvironmentProcess(simpleArxiv);
