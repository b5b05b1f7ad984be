#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { hotelBooking } from './index.js';

await runEnvironmentProcess(hotelBooking);
