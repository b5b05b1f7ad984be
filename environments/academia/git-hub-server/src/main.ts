#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { gitHubServer } from './index.js';

await runEnvironmentProcess(gitHubServer);
