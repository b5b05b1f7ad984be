#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { fruityviceServer } from './index.js';

await runEnvironmentProcess(fruityviceServer);
