#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { airline } from './index.js';

await runEnvironment(airline);
