#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { financialDatasets } from './index.js';

await runEnvironment(financialDatasets);
