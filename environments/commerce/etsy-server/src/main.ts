#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { etsyServer } from './index.js';

await runEnvironmentProcess(etsyServer);
