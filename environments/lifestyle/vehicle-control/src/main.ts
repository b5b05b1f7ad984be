#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { vehicleControl } from './index.js';

await runEnvironmentProcess(vehicleControl);
