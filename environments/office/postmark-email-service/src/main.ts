#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { postmarkEmailService } from './index.js';

await runEnvironment(postmarkEmailService);
