#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { kuaidi100 } from './index.js';

await runEnvironment(kuaidi100);
