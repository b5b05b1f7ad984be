import { anyInteger, ownEntry, pythonRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type Booking, defineHotelBookingTool, ISO_DATE } from '../scenario.js';
import { requirePositive, requireText } from './required-text.js';

export const bookHotel = defineHotelBookingTool({
  name: 'book_hotel',
  description:
    'Reserve a stay at a hotel for the given dates (YYYY-MM-DD) and guests (a non-empty list of {name, phone, ' +
    "id_number}). The booking gets the next id (BK1000, BK1001, …) and the hotel's total price, status " +
    '"confirmed". Returns {booking_confirmation: {booking_id, hotel_name, checkin_date, checkout_date, total_price, ' +
    'booking_status}}, or {booking_confirmation: {}} when the hotel id is unknown (nothing is booked then).',
  input: z.object({
    hotel_id: z.string(),
    checkin_date: z.string(),
    checkout_date: z.string(),
    room_type_id: z.string(),
    adults: anyInteger(),
    guest_info: z.array(z.record(z.string(), z.any())),
  }),
  handler: (state, args) => {
    requireText(args.hotel_id, 'Hotel ID');
    requireText(args.checkin_date, 'Check-in date');
    requireText(args.checkout_date, 'Check-out date');
    requireText(args.room_type_id, 'Room type ID');
    requirePositive(args.adults, 'Adults');
    if (args.guest_info.length === 0) throw new ToolError('Guest info must be a non-empty list');
    const hotel = ownEntry(state.hotels, args.hotel_id);
    if (!hotel) return { booking_confirmation: {} };
    // A booking keeps its dates in the scenario's own format, so the reference refuses any other.
    for (const [field, value] of [
      ['checkin_date', args.checkin_date],
      ['checkout_date', args.checkout_date],
    ] as const) {
      if (!ISO_DATE.test(value)) throw new ToolError(`${field} must be a date YYYY-MM-DD, got ${pythonRepr(value)}`);
    }
    const booking: Booking = {
      booking_id: `BK${state.booking_counter}`,
      hotel_id: args.hotel_id,
      hotel_name: hotel.hotel_name,
      checkin_date: args.checkin_date,
      checkout_date: args.checkout_date,
      total_price: hotel.total_price,
      booking_status: 'confirmed',
    };
    state.booking_counter += 1;
    state.bookings[booking.booking_id] = booking;
    const { hotel_id: _hotel, ...confirmation } = booking;
    return { booking_confirmation: confirmation };
  },
});
