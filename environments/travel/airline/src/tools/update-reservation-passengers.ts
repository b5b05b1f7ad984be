import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { findReservation } from './checks.js';

export const updateReservationPassengers = defineAirlineTool({
  name: 'update_reservation_passengers',
  description: 'Replace the passenger list of a reservation with the one given (at least one passenger); the price is unchanged.',
  input: z.object({
    reservation_id: z.string(),
    passengers: z.array(z.record(z.string(), z.any())),
  }),
  handler: (state, args) => {
    if (!args.reservation_id || args.passengers.length === 0) {
      throw new ToolError('reservation_id and passengers (at least one) are required');
    }
    const reservation = findReservation(state, args.reservation_id);
    reservation.passengers = args.passengers;
    return { reservation_id: args.reservation_id, status: reservation.status };
  },
});
