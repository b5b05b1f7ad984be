#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { openLibrary } from './index.js';

await runEnvironmentProcess(openLibrary);
