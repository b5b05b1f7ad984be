#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { filesystem } from './index.js';

await runEnvironmentProcess(filesystem);
