#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { googleSheets } from './index.js';

await runEnvironment(googleSheets);
