#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { githubTrending } from './index.js';

await runEnvironment(githubTrending);
