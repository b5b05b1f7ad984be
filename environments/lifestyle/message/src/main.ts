#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { message } from './index.js';

await runEnvironmentProcess(message);
