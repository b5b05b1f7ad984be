#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { retail } from './index.js';

await runEnvironmentProcess(retail);
