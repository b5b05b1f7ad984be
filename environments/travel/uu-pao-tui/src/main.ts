#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { uuPaoTui } from './index.js';

await runEnvironment(uuPaoTui);
