#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { ebayServer } from './index.js';

await runEnvironment(ebayServer);
