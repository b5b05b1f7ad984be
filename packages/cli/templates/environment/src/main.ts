#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { exampleEnv } from './index.js';

await runEnvironment(exampleEnv);
