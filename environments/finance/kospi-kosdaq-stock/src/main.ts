#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { kospiKosdaqStock } from './index.js';

await runEnvironment(kospiKosdaqStock);
