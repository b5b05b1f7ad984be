#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { gorillaFileSystem } from './index.js';

await runEnvironmentProcess(gorillaFileSystem);
