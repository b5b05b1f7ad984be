#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { ticketManagementSystem } from './index.js';

await runEnvironment(ticketManagementSystem);
