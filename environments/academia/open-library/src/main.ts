#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { openLibrary } from './index.js';

await runEnvironment(openLibrary);
