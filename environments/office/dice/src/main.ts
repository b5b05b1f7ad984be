#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { dice } from './index.js';

await runEnvironment(dice);
