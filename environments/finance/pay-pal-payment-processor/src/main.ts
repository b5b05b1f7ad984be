#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { payPalPaymentProcessor } from './index.js';

await runEnvironmentProcess(payPalPaymentProcessor);
