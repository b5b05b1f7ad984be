#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { gitHubServer } from './index.js';

await runEnvironment(gitHubServer);
