import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findSession, requireTokenText } from './session.js';

export const listCreditCards = defineTravelBookingTool({
  name: 'list_credit_cards',
  description:
    'Every registered card with its id, last four digits, holder, expiry and balance. Cards are not tied to a ' +
    'client: any valid session sees them all.',
  input: z.object({
    access_token: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTokenText(args.access_token);
    findSession(state, args.access_token);
    return { credit_cards: Object.values(state.credit_cards) };
  },
});
