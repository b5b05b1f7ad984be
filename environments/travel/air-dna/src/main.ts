#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { airDna } from './index.js';

await runEnvironmentProcess(airDna);
