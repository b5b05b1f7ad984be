#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { adobePdfServices } from './index.js';

await runEnvironmentProcess(adobePdfServices);
