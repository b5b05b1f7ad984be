import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { findReservation, requireText } from './checks.js';

export const getReservationDetails = defineAirlineTool({
  name: 'get_reservation_details',
  description: 'A reservation in full: its user, flight segments, passengers, total price and status (confirmed or cancelled).',
  input: z.object({ reservation_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.reservation_id, 'reservation_id is required');
    const reservation = findReservation(state, args.reservation_id);
    return {
      reservation_id: reservation.reservation_id,
      user_id: reservation.user_id,
      flights: reservation.flights,
      passengers: reservation.passengers,
      total_price: reservation.total_price,
      status: reservation.status,
    };
  },
});
