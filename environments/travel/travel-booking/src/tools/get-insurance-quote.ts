import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findBooking } from './bookings.js';
import { findSession, requireText, requireTokenText } from './session.js';

// Premium as a share of the fare, and what each plan covers.
const PLANS: Record<string, { rate: number; coverage: Record<string, string> }> = {
  basic: { rate: 0.05, coverage: { medical: '$10,000', trip_cancel: '$1,000', baggage: '$500' } },
  premium: { rate: 0.08, coverage: { medical: '$50,000', trip_cancel: '$5,000', baggage: '$2,000' } },
  comprehensive: { rate: 0.12, coverage: { medical: '$100,000', trip_cancel: '$10,000', baggage: '$5,000' } },
};

export const getInsuranceQuote = defineTravelBookingTool({
  name: 'get_insurance_quote',
  description:
    'Quote travel insurance for a confirmed booking: basic costs 5% of the fare, premium 8%, comprehensive 12%. ' +
    'Returns {insurance_type, insurance_cost, coverage_details} and keeps the quote, which purchase_insurance needs.',
  input: z.object({
    access_token: z.string(),
    booking_id: z.string(),
    insurance_type: z.string(),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    requireText(args.booking_id, 'booking_id is required');
    requireText(args.insurance_type, 'insurance_type is required: basic, premium or comprehensive');
    findSession(state, args.access_token);
    const booking = findBooking(state, args.booking_id);
    if (booking.booking_status !== 'confirmed') {
      throw new ToolError(`Booking ${args.booking_id} is ${booking.booking_status}: only confirmed bookings can be insured`);
    }
    const plan = ownEntry(PLANS, args.insurance_type);
    if (!plan) throw new ToolError(`Unknown insurance_type '${args.insurance_type}': use basic, premium or comprehensive`);
    const quote = { insurance_type: args.insurance_type, insurance_cost: booking.cost * plan.rate, coverage_details: { ...plan.coverage } };
    state.insurance_quotes[args.booking_id] ??= {};
    const quotes = state.insurance_quotes[args.booking_id] as Record<string, unknown>;
    quotes[args.insurance_type] = quote;
    return quote;
  },
});
