#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { uuPaoTui } from './index.js';

await runEnvironmentProcess(uuPaoTui);
