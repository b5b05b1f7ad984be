#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { valorant } from './index.js';

await runEnvironmentProcess(valorant);
