#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { excelServer } from './index.js';

await runEnvironment(excelServer);
