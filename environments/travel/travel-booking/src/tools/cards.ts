import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { CreditCard, TravelBookingState } from '../scenario.js';

export function findCard(state: Draft<TravelBookingState>, cardId: string): Draft<CreditCard> {
  const card = ownEntry(state.credit_cards, cardId);
  if (!card) throw new ToolError(`Card ${cardId} not found (list_credit_cards shows the registered cards)`);
  return card;
}
