#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { tftServer } from './index.js';

await runEnvironment(tftServer);
