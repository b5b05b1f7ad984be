#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { meditationServer } from './index.js';

await runEnvironmentProcess(meditationServer);
