#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { ticketManagementSystem } from './index.js';

await runEnvironmentProcess(ticketManagementSystem);
