#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { simpleArxiv } from './index.js';

await runEnvironment(simpleArxiv);
