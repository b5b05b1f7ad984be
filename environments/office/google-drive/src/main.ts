#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { googleDrive } from './index.js';

await runEnvironment(googleDrive);
