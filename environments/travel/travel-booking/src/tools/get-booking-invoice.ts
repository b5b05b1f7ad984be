import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findBooking } from './bookings.js';
import { findSession, requireText, requireTokenText } from './session.js';

export const getBookingInvoice = defineTravelBookingTool({
  name: 'get_booking_invoice',
  description:
    'The invoice of a booking: invoice_number (INV- and the first eight characters of the booking id), the trip, ' +
    'cost, transaction_id, booking_date and payment_status "paid" (also for a cancelled booking).',
  input: z.object({
    access_token: z.string(),
    booking_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTokenText(args.access_token);
    requireText(args.booking_id, 'booking_id is required');
    findSession(state, args.access_token);
    const booking = findBooking(state, args.booking_id);
    return {
      booking_id: args.booking_id,
      invoice_number: `INV-${Array.from(args.booking_id).slice(0, 8).join('')}`,
      travel_date: booking.travel_date,
      departure_airport: booking.departure_airport,
      arrival_airport: booking.arrival_airport,
      travel_class: booking.travel_class,
      cost: booking.cost,
      transaction_id: booking.transaction_id,
      booking_date: booking.booking_date,
      payment_status: 'paid',
    };
  },
});
