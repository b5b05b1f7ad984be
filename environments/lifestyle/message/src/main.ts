#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { message } from './index.js';

await runEnvironment(message);
