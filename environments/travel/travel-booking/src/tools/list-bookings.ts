import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findSession, requireTokenText } from './session.js';

export const listBookings = defineTravelBookingTool({
  name: 'list_bookings',
  description:
    'All bookings, optionally only those with a given status (confirmed, cancelled, pending). Bookings are not ' +
    'tied to a client, and start_date and end_date are accepted but do not filter.',
  input: z.object({
    access_token: z.string(),
    start_date: z.string().nullable().default(null),
    end_date: z.string().nullable().default(null),
    status: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTokenText(args.access_token);
    findSession(state, args.access_token);
    const bookings = Object.values(state.bookings);
    return { bookings: args.status ? bookings.filter((booking) => booking.booking_status === args.status) : bookings };
  },
});
