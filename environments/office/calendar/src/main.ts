#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { calendar } from './index.js';

await runEnvironment(calendar);
