#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { googleTasks } from './index.js';

await runEnvironmentProcess(googleTasks);
