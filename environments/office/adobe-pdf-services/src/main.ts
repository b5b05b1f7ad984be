#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { adobePdfServices } from './index.js';

await runEnvironment(adobePdfServices);
