import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's HotelBooking scenario, same fields and constraints. Every field has a
// default, so {} loads the reference's default world (which is empty).

// The reference's pattern engine reads \d as any Unicode decimal digit.
export const ISO_DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const isoDate = (field: string) => z.string().regex(ISO_DATE, `${field} must be a date YYYY-MM-DD`);
export const destinationSchema = z.object({
  destination_id: z.string(),
  city_name: z.string(),
  country: z.string(),
  location: z.record(z.string(), z.any()).default(() => ({})),
});

export const hotelSchema = z.object({
  hotel_id: z.string(),
  hotel_name: z.string(),
  star_rating: z.int().min(1).max(5),
  checkin_date: isoDate('checkin_date'),
  checkout_date: isoDate('checkout_date'),
  price_per_night: z.number().min(0),
  total_price: z.number().min(0),
});

export const roomTypeSchema = z.object({
  room_type_id: z.string(),
  room_name: z.string(),
  price: z.number().min(0),
});

export const bookingSchema = z.object({
  booking_id: z.string(),
  hotel_id: z.string(),
  hotel_name: z.string(),
  checkin_date: isoDate('checkin_date'),
  checkout_date: isoDate('checkout_date'),
  total_price: z.number().min(0),
  booking_status: z.string().default('confirmed'),
});

export const hotelDetailsSchema = z.object({
  hotel_name: z.string(),
  address: z.string(),
  description: z.string(),
  room_types: z.array(roomTypeSchema).default(() => []),
});

// The reference's HotelBookingScenario.
export const scenarioSchema = z.object({
  destinations: z.record(z.string(), destinationSchema).default(() => ({})),
  hotels: z.record(z.string(), hotelSchema).default(() => ({})),
  hotel_details_map: z.record(z.string(), hotelDetailsSchema).default(() => ({})),
  bookings: z.record(z.string(), bookingSchema).default(() => ({})),
  booking_counter: z.int().default(1000),
});

export type HotelBookingState = z.output<typeof scenarioSchema>;
export type Booking = z.output<typeof bookingSchema>;

/** defineTool for this environment: handlers receive a typed draft of HotelBookingState. */
export const defineHotelBookingTool = toolsFor<HotelBookingState>();
