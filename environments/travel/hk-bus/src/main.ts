#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { hkBus } from './index.js';

await runEnvironment(hkBus);
