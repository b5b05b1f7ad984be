import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';
import { findReservation, requireText } from './checks.js';

// Share of the total price given back on cancellation.
const REFUND_RATE = 0.8;

export const cancelReservation = defineAirlineTool({
  name: 'cancel_reservation',
  description:
    'Cancel a reservation: its status becomes "cancelled", it leaves the user\'s list of reservations, and 80% of its ' +
    'total price is refunded. A reservation already cancelled can be cancelled again (and is refunded again).',
  input: z.object({ reservation_id: z.string() }),
  handler: (state, args) => {
    requireText(args.reservation_id, 'reservation_id is required');
    const reservation = findReservation(state, args.reservation_id);
    const refund = reservation.total_price * REFUND_RATE;
    reservation.status = 'cancelled';
    const owner = ownEntry(state.users, reservation.user_id);
    const position = owner ? owner.reservations.indexOf(args.reservation_id) : -1;
    if (owner && position >= 0) owner.reservations.splice(position, 1);
    return { reservation_id: args.reservation_id, status: 'cancelled', refund_amount: refund };
  },
});
