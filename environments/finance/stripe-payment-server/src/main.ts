#!/usr/bin/env node
import { runEnvironment } from '@envfleet/server';
import { stripePaymentServer } from './index.js';

await runEnvironment(stripePaymentServer);
