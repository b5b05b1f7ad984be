import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { segmentsPrice } from './segment-price.js';

// A cabin missing from baggage_fees pays this per paid bag.
const FALLBACK_BAG_FEE = 25.0;

export const bookReservation = defineAirlineTool({
  name: 'book_reservation',
  description:
    'Book a new reservation and return {reservation_id, status: "confirmed", total_price}. total_price is the sum of ' +
    "the segments' `price` fields, plus nonfree_baggages times the cabin's bag fee (baggage_fees, 25 for a cabin not " +
    'listed), plus insurance_fee when insurance is true. Segments and passengers are stored as given; seats are not ' +
    "checked or held, and the payment method is recorded nowhere. The id is added to the user's reservations when " +
    'the user exists.',
  input: z.object({
    user_id: z.string(),
    origin: z.string(),
    destination: z.string(),
    flight_type: z.string(),
    cabin: z.string(),
    flights: z.array(z.record(z.string(), z.any())),
    passengers: z.array(z.record(z.string(), z.any())),
    payment_method: z.string(),
    total_baggages: anyInteger(),
    nonfree_baggages: anyInteger(),
    insurance: z.boolean(),
  }),
  handler: (state, args, ctx) => {
    if (!args.user_id || !args.origin || !args.destination || !args.flight_type || !args.cabin) {
      throw new ToolError('user_id, origin, destination, flight_type and cabin must all be non-empty');
    }
    if (args.flights.length === 0 || args.passengers.length === 0) {
      throw new ToolError('flights and passengers must each list at least one entry');
    }
    if (!args.payment_method) throw new ToolError("payment_method is required (e.g. one of the user's payment_methods)");

    const fare = segmentsPrice(args.flights);
    const bagFee = ownEntry(state.baggage_fees, args.cabin) ?? FALLBACK_BAG_FEE;
    const totalPrice = fare + args.nonfree_baggages * bagFee + (args.insurance ? state.insurance_fee : 0.0);
    if (!(totalPrice >= 0)) {
      throw new ToolError(`The reservation would cost ${totalPrice}, below 0: check the segment prices and nonfree_baggages`);
    }

    const reservationId = `RES${ctx.hex(8).toUpperCase()}`;
    state.reservations[reservationId] = {
      reservation_id: reservationId,
      user_id: args.user_id,
      flights: args.flights,
      passengers: args.passengers,
      total_price: totalPrice,
      status: 'confirmed',
    };
    ownEntry(state.users, args.user_id)?.reservations.push(reservationId);
    return { reservation_id: reservationId, status: 'confirmed', total_price: totalPrice };
  },
});
