#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { dice } from './index.js';

await runEnvironmentProcess(dice);
