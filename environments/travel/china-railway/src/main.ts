#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { chinaRailway } from './index.js';

await runEnvironment(chinaRailway);
