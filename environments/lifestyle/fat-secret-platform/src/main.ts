#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { fatSecretPlatform } from './index.js';

await runEnvironment(fatSecretPlatform);
