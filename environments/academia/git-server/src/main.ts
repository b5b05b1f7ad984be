#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { gitServer } from './index.js';

await runEnvironment(gitServer);
