#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { slackServer } from './index.js';

await runEnvironmentProcess(slackServer);
