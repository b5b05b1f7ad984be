#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { fatSecretPlatform } from './index.js';

await runEnvironmentProcess(fatSecretPlatform);
