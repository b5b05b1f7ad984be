#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { whatsApp } from './index.js';

await runEnvironmentProcess(whatsApp);
