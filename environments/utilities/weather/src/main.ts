#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { weather } from './index.js';

await runEnvironmentProcess(weather);
