#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { googleTasks } from './index.js';

await runEnvironment(googleTasks);
