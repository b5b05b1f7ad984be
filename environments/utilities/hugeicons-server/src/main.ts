#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { hugeiconsServer } from './index.js';

await runEnvironmentProcess(hugeiconsServer);
