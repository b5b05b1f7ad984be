#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { telecom } from './index.js';

await runEnvironmentProcess(telecom);
