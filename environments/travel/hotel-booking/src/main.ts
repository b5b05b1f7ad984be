#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { hotelBooking } from './index.js';

await runEnvironment(hotelBooking);
