#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { fruityviceServer } from './index.js';

await runEnvironment(fruityviceServer);
