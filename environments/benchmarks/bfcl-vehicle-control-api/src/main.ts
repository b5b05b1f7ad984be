#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclVehicleControlApi } from './index.js';

await runEnvironmentProcess(bfclVehicleControlApi);
