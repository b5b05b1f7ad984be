#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { linkedInJobs } from './index.js';

await runEnvironment(linkedInJobs);
