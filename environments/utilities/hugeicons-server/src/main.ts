#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { hugeiconsServer } from './index.js';

await runEnvironment(hugeiconsServer);
