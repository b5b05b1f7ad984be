#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { airtableMcpServer } from './index.js';

await runEnvironment(airtableMcpServer);
