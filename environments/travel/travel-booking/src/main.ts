#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { travelBooking } from './index.js';

await runEnvironmentProcess(travelBooking);
