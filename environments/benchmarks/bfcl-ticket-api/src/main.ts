#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { bfclTicketApi } from './index.js';

await runEnvironmentProcess(bfclTicketApi);
