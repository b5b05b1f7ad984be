#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { canvas } from './index.js';

await runEnvironment(canvas);
