#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { drugBank } from './index.js';

await runEnvironment(drugBank);
