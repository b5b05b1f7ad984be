#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { posting } from './index.js';

await runEnvironment(posting);
