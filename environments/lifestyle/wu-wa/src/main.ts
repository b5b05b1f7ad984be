#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { wuWa } from './index.js';

await runEnvironment(wuWa);
