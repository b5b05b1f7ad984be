#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { wikipediaServer } from './index.js';

await runEnvironment(wikipediaServer);
