#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { howToCook } from './index.js';

await runEnvironment(howToCook);
