#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { mongodbServer } from './index.js';

await runEnvironment(mongodbServer);
