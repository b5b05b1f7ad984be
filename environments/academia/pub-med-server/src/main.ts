#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { pubMedServer } from './index.js';

await runEnvironmentProcess(pubMedServer);
