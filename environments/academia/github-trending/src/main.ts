#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { githubTrending } from './index.js';

await runEnvironmentProcess(githubTrending);
