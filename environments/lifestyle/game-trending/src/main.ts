#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { gameTrending } from './index.js';

await runEnvironment(gameTrending);
