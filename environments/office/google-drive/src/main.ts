#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { googleDrive } from './index.js';

await runEnvironmentProcess(googleDrive);
