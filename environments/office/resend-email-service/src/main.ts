#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { resendEmailService } from './index.js';

await runEnvironment(resendEmailService);
