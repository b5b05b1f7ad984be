#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { airDna } from './index.js';

await runEnvironment(airDna);
