#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { whatsApp } from './index.js';

await runEnvironment(whatsApp);
