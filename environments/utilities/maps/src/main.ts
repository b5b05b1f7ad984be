#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { maps } from './index.js';

await runEnvironment(maps);
