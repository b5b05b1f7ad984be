#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { didi } from './index.js';

await runEnvironmentProcess(didi);
