#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { oneDrive } from './index.js';

await runEnvironment(oneDrive);
