#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclTwitterApi } from './index.js';

await runEnvironmentProcess(bfclTwitterApi);
