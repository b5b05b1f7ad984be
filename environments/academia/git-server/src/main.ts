#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { gitServer } from './index.js';

await runEnvironmentProcess(gitServer);
