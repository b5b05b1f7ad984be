#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { metMuseum } from './index.js';

await runEnvironment(metMuseum);
