#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { travelBooking } from './index.js';

await runEnvironment(travelBooking);
