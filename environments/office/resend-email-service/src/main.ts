#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { resendEmailService } from './index.js';

await runEnvironmentProcess(resendEmailService);
