#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { chinaRailway } from './index.js';

await runEnvironmentProcess(chinaRailway);
