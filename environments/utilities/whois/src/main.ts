#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { whois } from './index.js';

await runEnvironment(whois);
