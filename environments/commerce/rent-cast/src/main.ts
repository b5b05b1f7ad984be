#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { rentCast } from './index.js';

await runEnvironmentProcess(rentCast);
