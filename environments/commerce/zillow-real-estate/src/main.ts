#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { zillowRealEstate } from './index.js';

await runEnvironmentProcess(zillowRealEstate);
