import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { creditCardSchema, defineTravelBookingTool } from '../scenario.js';
import { drawnBalance, drawsSoFar, generatedId } from './generated-ids.js';
import { findSession, requireTokenText } from './session.js';

export const registerCreditCard = defineTravelBookingTool({
  name: 'register_credit_card',
  description:
    'Register a payment card for the signed-in client. Only the last four characters of card_number are kept; ' +
    'expiration_date must be MM/YYYY. The card starts with a balance between 1000 and 10000 USD, drawn from the ' +
    'scenario\'s random_seed. Returns {card_id, card_number (last four), registration_status: "success"}.',
  input: z.object({
    access_token: z.string(),
    card_number: z.string(),
    expiration_date: z.string(),
    cardholder_name: z.string(),
    cvv: anyInteger(),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    if (!args.card_number || !args.expiration_date || !args.cardholder_name) {
      throw new ToolError('card_number, expiration_date and cardholder_name are all required');
    }
    findSession(state, args.access_token);
    const draws = drawsSoFar(state);
    const cardId = generatedId(state.random_seed, draws);
    // Python slices code points, not UTF-16 units.
    const lastFour = Array.from(args.card_number).slice(-4).join('');
    const card = creditCardSchema.safeParse({
      card_id: cardId,
      card_number: lastFour,
      cardholder_name: args.cardholder_name,
      expiration_date: args.expiration_date,
      balance: drawnBalance(state.random_seed, draws + 1),
    });
    if (!card.success) throw new ToolError(card.error.issues.map((issue) => issue.message).join('; '));
    state.credit_cards[cardId] = card.data;
    return { card_id: cardId, card_number: lastFour, registration_status: 'success' };
  },
});
