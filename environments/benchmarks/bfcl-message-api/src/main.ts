#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclMessageApi } from './index.js';

await runEnvironmentProcess(bfclMessageApi);
