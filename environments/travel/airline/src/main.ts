#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { airline } from './index.js';

await runEnvironmentProcess(airline);
