#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { rentCast } from './index.js';

await runEnvironment(rentCast);
