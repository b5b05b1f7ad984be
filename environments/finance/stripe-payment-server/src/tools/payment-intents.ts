import { anyInteger, defaultNull, type Draft, defineTool, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { nextId } from '../next-id.js';
import { type PaymentIntent, paymentIntentSchema, type StripeState } from '../scenario.js';
import { creationTime } from '../unix-time.js';
import { checkedRecord } from './checked-record.js';
import { requireText } from './require-text.js';

/** The payment intent stored under this id, or a ToolError naming it. */
export function findPaymentIntent(state: Draft<StripeState>, id: string): Draft<PaymentIntent> {
  requireText(id, 'Payment intent ID', 'payment_intent_id');
  const intent = ownEntry(state.payment_intents, id);
  if (!intent) throw new ToolError(`PaymentIntent ${id} not found`);
  return intent;
}

export const createPaymentIntent = defineTool({
  name: 'create_payment_intent',
  description:
    'Start collecting a payment: creates a PaymentIntent for `amount` (in the smallest currency unit, e.g. cents; ' +
    '0 or more) in `currency` (three lowercase letters such as "usd"), optionally for a customer and payment ' +
    'method, with optional metadata. It starts in status requires_payment_method, and a succeeded charge for the ' +
    'same amount is recorded in the charge history. Returns id, client_secret, status, amount, currency and created ' +
    '(Unix seconds of the current time).',
  input: z.object({
    amount: anyInteger(),
    currency: z.string(),
    customer_id: defaultNull(z.string()),
    payment_method_id: defaultNull(z.string()),
    metadata: defaultNull(z.record(z.string(), z.any())),
  }),
  handler: (state: Draft<StripeState>, args) => {
    requireText(args.currency, 'Currency', 'currency');
    const created = creationTime(state.current_time);
    const id = nextId('pi_', state.payment_intents);
    // The reference checks amount and currency only when it builds the record, after the clock.
    const intent = checkedRecord(paymentIntentSchema, {
      id,
      client_secret: `${id}_secret_${Object.keys(state.payment_intents).length}`,
      status: 'requires_payment_method',
      amount: args.amount,
      currency: args.currency,
      customer: args.customer_id,
      payment_method: args.payment_method_id,
      metadata: args.metadata ?? {},
      created,
    });
    state.payment_intents[id] = intent;
    state.charges.push({
      id: `ch_${state.charges.length + 1}`,
      amount: intent.amount,
      currency: intent.currency,
      status: 'succeeded',
      customer: intent.customer,
      created,
    });
    const { client_secret, status, amount, currency } = intent;
    return { id, client_secret, status, amount, currency, created };
  },
});

export const retrievePaymentIntent = defineTool({
  name: 'retrieve_payment_intent',
  description:
    'Everything stored on one PaymentIntent: id, client_secret, status, amount, currency, customer, ' +
    'payment_method, metadata and created.',
  input: z.object({ payment_intent_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<StripeState>, args) => {
    const intent = findPaymentIntent(state, args.payment_intent_id);
    return {
      id: intent.id,
      client_secret: intent.client_secret,
      status: intent.status,
      amount: intent.amount,
      currency: intent.currency,
      customer: intent.customer,
      payment_method: intent.payment_method,
      metadata: intent.metadata,
      created: intent.created,
    };
  },
});
