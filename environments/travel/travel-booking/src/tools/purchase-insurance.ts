import { ownEntry, pythonRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findBooking } from './bookings.js';
import { findCard } from './cards.js';
import { drawsSoFar, generatedId } from './generated-ids.js';
import { findSession, requireTokenText } from './session.js';

export const purchaseInsurance = defineTravelBookingTool({
  name: 'purchase_insurance',
  description:
    'Buy the insurance quoted earlier (get_insurance_quote) for a booking, paid from a registered card. Returns the ' +
    'new policy: {insurance_id, insurance_type, insurance_cost, coverage_details}. Fails without a quote for that ' +
    'type or when the card cannot cover it.',
  input: z.object({
    access_token: z.string(),
    booking_id: z.string(),
    insurance_type: z.string(),
    card_id: z.string(),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    if (!args.booking_id || !args.insurance_type || !args.card_id) {
      throw new ToolError('booking_id, insurance_type and card_id are all required');
    }
    findSession(state, args.access_token);
    findBooking(state, args.booking_id);
    const card = findCard(state, args.card_id);
    const quotes = ownEntry(state.insurance_quotes, args.booking_id);
    const quote = quotes ? ownEntry(quotes, args.insurance_type) : undefined;
    if (!quote) {
      throw new ToolError(`No ${args.insurance_type} quote for booking ${args.booking_id}: call get_insurance_quote first`);
    }
    const cost = quoteCost(quote, args.booking_id);
    if (cost > card.balance) {
      throw new ToolError(`Insufficient card balance: the insurance costs ${cost} USD and card ${args.card_id} has ${card.balance} USD`);
    }
    if (!Object.hasOwn(quote, 'coverage_details')) {
      throw new ToolError(`The ${args.insurance_type} quote for booking ${args.booking_id} has no coverage_details`);
    }
    const insuranceId = generatedId(state.random_seed, drawsSoFar(state));
    const policy = {
      insurance_id: insuranceId,
      insurance_type: args.insurance_type,
      insurance_cost: quote.insurance_cost,
      coverage_details: quote.coverage_details,
    };
    state.insurance_policies[insuranceId] = policy;
    card.balance -= cost;
    return policy;
  },
});

// Quotes are free-form in a scenario; the cost must be a number (true and false count as 1 and 0).
function quoteCost(quote: Readonly<Record<string, unknown>>, bookingId: string): number {
  const cost = Object.hasOwn(quote, 'insurance_cost') ? quote.insurance_cost : undefined;
  if (typeof cost === 'number') return cost;
  if (typeof cost === 'boolean') return cost ? 1 : 0;
  const shown = cost === undefined ? 'missing' : pythonRepr(cost);
  throw new ToolError(`The quote for booking ${bookingId} has no numeric insurance_cost (${shown})`);
}
