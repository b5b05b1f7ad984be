#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { retail } from './index.js';

await runEnvironment(retail);
