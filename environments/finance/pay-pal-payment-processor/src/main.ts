#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { payPalPaymentProcessor } from './index.js';

await runEnvironment(payPalPaymentProcessor);
