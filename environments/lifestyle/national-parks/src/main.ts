#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { nationalParks } from './index.js';

await runEnvironmentProcess(nationalParks);
