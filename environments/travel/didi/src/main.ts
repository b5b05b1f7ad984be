#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { didi } from './index.js';

await runEnvironment(didi);
