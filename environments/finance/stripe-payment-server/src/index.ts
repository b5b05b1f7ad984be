import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { listCharges } from './tools/charges.js';
import { createCustomer } from './tools/customers.js';
import { createPaymentIntent, retrievePaymentIntent } from './tools/payment-intents.js';
import { createRefund } from './tools/refunds.js';

export const stripePaymentServer = defineEnvironment({
  name: 'StripePaymentServer',
  domain: 'finance',
  version: '0.1.0',
  description:
    'A Stripe-like payments account: create payment intents (each recorded as a charge), look them up, register ' +
    'customers, refund payments and list the charge history, all stamped with the scenario clock.',
  scenario: scenarioSchema,
  presets: { demo },
  clock: (state) => state.current_time,
  tools: [createPaymentIntent, retrievePaymentIntent, createCustomer, createRefund, listCharges],
});

export default stripePaymentServer;
export { scenarioSchema };
export type { Charge, Customer, PaymentIntent, Refund, StripeState } from './scenario.js';
