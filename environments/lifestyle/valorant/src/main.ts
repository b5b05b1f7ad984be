#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { valorant } from './index.js';

await runEnvironment(valorant);
