#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { filesystem } from './index.js';

await runEnvironment(filesystem);
