#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { notion } from './index.js';

await runEnvironmentProcess(notion);
