#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { pubMedServer } from './index.js';

await runEnvironment(pubMedServer);
