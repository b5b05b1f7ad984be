#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { gorillaFileSystem } from './index.js';

await runEnvironment(gorillaFileSystem);
