#!/usr/bin/env node
import { runEnvironmentProcess } from '@envfleet/host';
import { stripePaymentServer } from './index.js';

await runEnvironmentProcess(stripePaymentServer);
