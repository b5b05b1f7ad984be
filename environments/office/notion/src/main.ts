#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { notion } from './index.js';

await runEnvironment(notion);
