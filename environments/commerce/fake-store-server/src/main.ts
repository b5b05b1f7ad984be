#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { fakeStoreServer } from './index.js';

await runEnvironmentProcess(fakeStoreServer);
