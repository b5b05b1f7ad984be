#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { fakeStoreServer } from './index.js';

await runEnvironment(fakeStoreServer);
