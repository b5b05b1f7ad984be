#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { linkedInJobs } from './index.js';

await runEnvironmentProcess(linkedInJobs);
