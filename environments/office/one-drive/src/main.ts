#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { oneDrive } from './index.js';

await runEnvironmentProcess(oneDrive);
