#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { weather } from './index.js';

await runEnvironment(weather);
