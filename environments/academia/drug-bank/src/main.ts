#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { drugBank } from './index.js';

await runEnvironmentProcess(drugBank);
