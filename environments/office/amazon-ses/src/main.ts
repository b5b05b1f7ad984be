#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { amazonSes } from './index.js';

await runEnvironmentProcess(amazonSes);
