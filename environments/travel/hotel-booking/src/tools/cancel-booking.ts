import { hasEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHotelBookingTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const cancelBooking = defineHotelBookingTool({
  name: 'cancel_booking',
  description:
    'Cancel a booking by its id (from book_hotel): the booking is removed. Returns {} — also when no booking ' +
    'has that id, as the reference does, so check with the id you were given.',
  input: z.object({
    booking_id: z.string(),
  }),
  annotations: { destructiveHint: true, idempotentHint: true },
  handler: (state, args) => {
    requireText(args.booking_id, 'Booking ID');
    if (hasEntry(state.bookings, args.booking_id)) delete state.bookings[args.booking_id];
    return {};
  },
});
