import { anyInteger, defaultNull, type Draft, defineTool } from '@envfleet/kit';
import { z } from 'zod';
import { nextId } from '../next-id.js';
import { refundSchema, type StripeState } from '../scenario.js';
import { checkedRecord } from './checked-record.js';
import { findPaymentIntent } from './payment-intents.js';

export const createRefund = defineTool({
  name: 'create_refund',
  description:
    'Refund a payment: records a succeeded refund against an existing PaymentIntent, for `amount` (smallest ' +
    'currency unit, 0 or more) or, when omitted, the full amount of the intent. `reason` is free text, usually ' +
    'duplicate, fraudulent or requested_by_customer. Earlier refunds are not subtracted and the intent itself is ' +
    'not changed. Returns id, amount, status and reason.',
  input: z.object({
    payment_intent_id: z.string(),
    amount: defaultNull(anyInteger()),
    reason: defaultNull(z.string()),
  }),
  handler: (state: Draft<StripeState>, args) => {
    const intent = findPaymentIntent(state, args.payment_intent_id);
    const id = nextId('re_', state.refunds);
    const refund = checkedRecord(refundSchema, {
      id,
      amount: args.amount ?? intent.amount,
      status: 'succeeded',
      reason: args.reason,
      payment_intent_id: args.payment_intent_id,
    });
    state.refunds[id] = refund;
    return { id, amount: refund.amount, status: refund.status, reason: refund.reason };
  },
});
