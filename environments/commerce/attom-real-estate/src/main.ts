#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { attomRealEstate } from './index.js';

await runEnvironmentProcess(attomRealEstate);
