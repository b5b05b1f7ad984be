#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { meditationServer } from './index.js';

await runEnvironment(meditationServer);
