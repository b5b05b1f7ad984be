#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { telecom } from './index.js';

await runEnvironment(telecom);
