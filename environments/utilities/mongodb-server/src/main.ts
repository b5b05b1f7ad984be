#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { mongodbServer } from './index.js';

await runEnvironmentProcess(mongodbServer);
