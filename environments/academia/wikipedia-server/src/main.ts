#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { wikipediaServer } from './index.js';

await runEnvironmentProcess(wikipediaServer);
