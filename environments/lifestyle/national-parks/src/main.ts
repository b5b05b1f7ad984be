#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { nationalParks } from './index.js';

await runEnvironment(nationalParks);
