import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findBooking } from './bookings.js';
import { drawsSoFar, generatedId } from './generated-ids.js';
import { findSession, requireText, requireTokenText } from './session.js';

export const cancelBooking = defineTravelBookingTool({
  name: 'cancel_booking',
  description:
    'Cancel a booking (any status but cancelled). Reports the full cost as refund_amount with a refund transaction ' +
    "id and today's date; the refund is not credited back to the card, and total_spent is unchanged.",
  input: z.object({
    access_token: z.string(),
    booking_id: z.string(),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    requireText(args.booking_id, 'booking_id is required');
    findSession(state, args.access_token);
    const booking = findBooking(state, args.booking_id);
    if (booking.booking_status === 'cancelled') throw new ToolError(`Booking ${args.booking_id} is already cancelled`);
    // Drawn before the booking changes, so the walk over stored ids still sees this booking as active.
    const refundId = generatedId(state.random_seed, drawsSoFar(state));
    booking.booking_status = 'cancelled';
    return {
      cancellation_status: true,
      refund_amount: booking.cost,
      refund_transaction_id: refundId,
      cancellation_date: Array.from(state.current_time).slice(0, 10).join(''),
    };
  },
});
