#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { ebayServer } from './index.js';

await runEnvironmentProcess(ebayServer);
