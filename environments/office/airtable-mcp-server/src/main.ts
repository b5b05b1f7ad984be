#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { airtableMcpServer } from './index.js';

await runEnvironmentProcess(airtableMcpServer);
