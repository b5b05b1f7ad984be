#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { tickTick } from './index.js';

await runEnvironment(tickTick);
