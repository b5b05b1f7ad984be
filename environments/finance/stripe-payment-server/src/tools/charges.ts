import { anyInteger, defaultNull, type Draft, defineTool, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import type { StripeState } from '../scenario.js';

export const listCharges = defineTool({
  name: 'list_charges',
  description:
    'The charge history, oldest first: id, amount, currency, status, customer and created of each charge. ' +
    "customer_id keeps only that customer's charges (an empty string means all); limit keeps the first `limit` " +
    '(10 when omitted).',
  input: z.object({
    limit: defaultNull(anyInteger()),
    customer_id: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<StripeState>, args) => {
    const matching = args.customer_id ? state.charges.filter((charge) => charge.customer === args.customer_id) : state.charges;
    // Python slicing, as the reference cuts the list: a negative limit drops that many from the end.
    const shown = pythonSlice(matching, null, args.limit ?? 10);
    return {
      charges: shown.map((charge) => ({
        id: charge.id,
        amount: charge.amount,
        currency: charge.currency,
        status: charge.status,
        customer: charge.customer,
        created: charge.created,
      })),
    };
  },
});
