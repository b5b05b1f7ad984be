#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { maps } from './index.js';

await runEnvironmentProcess(maps);
