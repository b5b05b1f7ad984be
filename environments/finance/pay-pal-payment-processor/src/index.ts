import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { authorizeOrder } from './tools/authorize-order.js';
import { captureAuthorizedPayment } from './tools/capture-authorized-payment.js';
import { captureOrder } from './tools/capture-order.js';
import { createOrder } from './tools/create-order.js';
import { getOrderDetails } from './tools/get-order-details.js';

export const payPalPaymentProcessor = defineEnvironment({
  name: 'PayPalPaymentProcessor',
  domain: 'finance',
  version: '0.1.0',
  description:
    'A PayPal-style checkout processor: create orders, capture them at once or authorize them and capture the ' +
    'held funds later (in parts if needed), and read an order back with its purchase units and payer.',
  scenario: scenarioSchema,
  presets: { demo },
  // current_time is an instant with an optional Z; a missing zone reads as UTC.
  clock: (state) => (state.current_time.endsWith('Z') ? state.current_time : `${state.current_time}Z`),
  tools: [createOrder, captureOrder, authorizeOrder, captureAuthorizedPayment, getOrderDetails],
});

export default payPalPaymentProcessor;
export { scenarioSchema };
export type { Authorization, Capture, Order, OrderItem, PayPalState } from './scenario.js';
