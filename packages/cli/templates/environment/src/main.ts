#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { exampleEnv } from './index.js';

await runEnvironmentProcess(exampleEnv);
