import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineHotelBookingTool } from '../scenario.js';
import { requirePositive, requireText } from './required-text.js';

export const getHotels = defineHotelBookingTool({
  name: 'get_hotels',
  description:
    'List hotels offering exactly the given stay (check-in and check-out dates, YYYY-MM-DD), at most `limit` ' +
    '(default 20), in listing order. adults (default 2, ≥ 1) and kids (default 0, ≥ 0) are checked but do not ' +
    'filter; destination_id is required but, as in the reference, does not filter either. Returns {hotels: [...]} ' +
    'with id, name, stars, dates, nightly and total price.',
  input: z.object({
    destination_id: z.string(),
    checkin_date: z.string(),
    checkout_date: z.string(),
    adults: anyInteger().default(2),
    kids: anyInteger().default(0),
    limit: anyInteger().default(20),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.destination_id, 'Destination ID');
    requireText(args.checkin_date, 'Check-in date');
    requireText(args.checkout_date, 'Check-out date');
    requirePositive(args.adults, 'Adults');
    if (args.kids < 0) throw new ToolError('Kids must be a non-negative integer');
    requirePositive(args.limit, 'Limit');
    const hotels = Object.values(state.hotels).filter(
      (hotel) => hotel.checkin_date === args.checkin_date && hotel.checkout_date === args.checkout_date,
    );
    return { hotels: hotels.slice(0, args.limit) };
  },
});
