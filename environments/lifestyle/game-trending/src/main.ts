#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { gameTrending } from './index.js';

await runEnvironmentProcess(gameTrending);
