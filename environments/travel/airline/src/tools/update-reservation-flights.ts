import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { findReservation } from './checks.js';
import { segmentsPrice } from './segment-price.js';

export const updateReservationFlights = defineAirlineTool({
  name: 'update_reservation_flights',
  description:
    "Replace the flight segments of a reservation. Its total_price becomes the sum of the new segments' `price` " +
    'fields (earlier bag and insurance charges are not kept); additional_charge is how much that exceeds the old ' +
    'total, or 0. The cabin is required but not stored.',
  input: z.object({
    reservation_id: z.string(),
    cabin: z.string(),
    flights: z.array(z.record(z.string(), z.any())),
    payment_method: z.string(),
  }),
  handler: (state, args) => {
    if (!args.reservation_id || !args.cabin || args.flights.length === 0 || !args.payment_method) {
      throw new ToolError('reservation_id, cabin, flights (at least one segment) and payment_method are all required');
    }
    const reservation = findReservation(state, args.reservation_id);
    const newPrice = segmentsPrice(args.flights);
    const difference = newPrice - reservation.total_price;
    reservation.flights = args.flights;
    reservation.total_price = newPrice;
    return { reservation_id: args.reservation_id, status: reservation.status, additional_charge: Math.max(difference, 0) };
  },
});
