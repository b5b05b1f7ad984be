#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { slackServer } from './index.js';

await runEnvironment(slackServer);
