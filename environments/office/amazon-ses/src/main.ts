#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { amazonSes } from './index.js';

await runEnvironment(amazonSes);
