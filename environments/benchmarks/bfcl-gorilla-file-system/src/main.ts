#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclGorillaFileSystem } from './index.js';

await runEnvironmentProcess(bfclGorillaFileSystem);
