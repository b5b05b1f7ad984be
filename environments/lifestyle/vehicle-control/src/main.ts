#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { vehicleControl } from './index.js';

await runEnvironment(vehicleControl);
