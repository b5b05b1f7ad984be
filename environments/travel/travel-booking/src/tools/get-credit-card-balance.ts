import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findCard } from './cards.js';
import { findSession, requireText, requireTokenText } from './session.js';

export const getCreditCardBalance = defineTravelBookingTool({
  name: 'get_credit_card_balance',
  description: 'The balance left on a registered card: {card_id, balance, currency: "USD"}.',
  input: z.object({
    access_token: z.string(),
    card_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTokenText(args.access_token);
    requireText(args.card_id, 'card_id is required');
    findSession(state, args.access_token);
    const card = findCard(state, args.card_id);
    return { card_id: args.card_id, balance: card.balance, currency: 'USD' };
  },
});
