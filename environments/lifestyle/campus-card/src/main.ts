#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { campusCard } from './index.js';

await runEnvironmentProcess(campusCard);
