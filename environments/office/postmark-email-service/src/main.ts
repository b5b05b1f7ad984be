#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { postmarkEmailService } from './index.js';

await runEnvironmentProcess(postmarkEmailService);
