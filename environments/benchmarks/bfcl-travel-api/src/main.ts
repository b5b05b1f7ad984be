#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclTravelApi } from './index.js';

await runEnvironmentProcess(bfclTravelApi);
