#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { whois } from './index.js';

await runEnvironmentProcess(whois);
