import { anyInteger, ownEntry, pythonRepr } from '@envfleet/kit';
import { z } from 'zod';
import { pythonItem } from '../python.js';
import { randint } from '../random-draws.js';
import { defineTravelTool } from '../scenario.js';
import { tokenProblem } from './auth.js';

export const registerCreditCard = defineTravelTool({
  name: 'register_credit_card',
  description:
    'Register a card and answer its new twelve-digit card_id; the card starts with a random five-digit balance. ' +
    'Needs an issued, unexpired, matching access token (else {error}). A card_number equal to an existing ' +
    "card's id is refused as already registered.",
  input: z.object({
    access_token: z.string(),
    card_number: z.string(),
    expiration_date: z.string(),
    cardholder_name: z.string(),
    card_verification_number: anyInteger(),
  }),
  handler: (state, args) => {
    if (state.token_expires_in === null) return { error: 'Token not initialized' };
    const problem = tokenProblem(state, args.access_token);
    if (problem) return { error: problem };
    if (Object.hasOwn(state.credit_card_list, args.card_number)) return { error: 'Card already registered' };
    const card_id = String(randint(state, 100000000000, 999999999999));
    state.credit_card_list[card_id] = {
      card_number: args.card_number,
      expiration_date: args.expiration_date,
      cardholder_name: args.cardholder_name,
      card_verification_number: args.card_verification_number,
      balance: randint(state, 10000, 99999),
    };
    return { card_id };
  },
});

export const getCreditCardBalance = defineTravelTool({
  name: 'get_credit_card_balance',
  description: "A registered card's balance. Needs a matching, unexpired token; an unknown card lists the known ids.",
  input: z.object({ access_token: z.string(), card_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const problem = tokenProblem(state, args.access_token);
    if (problem) return { error: problem };
    const card = ownEntry(state.credit_card_list, args.card_id);
    if (!card) {
      return { error: `Card not registered. Here are a list of card_id's: ${pythonRepr(Object.keys(state.credit_card_list))}` };
    }
    return { card_balance: pythonItem(card, 'balance') };
  },
});

export const getAllCreditCards = defineTravelTool({
  name: 'get_all_credit_cards',
  description: 'Every registered card by id, with its details and balance. No token needed.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ credit_card_list: state.credit_card_list }),
});
