import { anyInteger, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, order, constraints and defaults as the reference's AirlineScenario. Its patterns run
// on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const IATA = /^[A-Z]{3}$/;
const FLIGHT_NUMBER = /^[A-Z]{2}\p{Nd}{3,4}$/u;
const DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const DATE_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

const iata = (field: string) => z.string().regex(IATA, `${field} must be a three-letter IATA code such as JFK`);
const flightNumber = z.string().regex(FLIGHT_NUMBER, 'flight_number must be two capital letters and 3–4 digits, such as UA1234');

export const airportSchema = z.object({
  iata: iata('iata'),
  city: z.string(),
});

export const flightSchema = z.object({
  flight_number: flightNumber,
  origin: iata('origin'),
  destination: iata('destination'),
  scheduled_departure: z.string().regex(DATE_TIME, 'scheduled_departure must be YYYY-MM-DDTHH:MM:SS'),
  // Seats left and ticket price, both keyed by cabin (economy, business, …).
  available_seats: z.record(z.string(), anyInteger()).default(() => ({})),
  prices: z.record(z.string(), z.number()).default(() => ({})),
});

export const flightStatusSchema = z.object({
  flight_number: flightNumber,
  date: z.string().regex(DATE, 'date must be YYYY-MM-DD'),
  status: z.string(),
});

export const userSchema = z.object({
  user_id: z.string(),
  name: z.string(),
  reservations: z.array(z.string()).default(() => []),
  payment_methods: z.array(z.string()).default(() => []),
});

// Segments and passengers are free-form objects, stored exactly as the caller sent them.
const looseRecord = z.record(z.string(), z.unknown());

export const reservationSchema = z.object({
  reservation_id: z.string(),
  user_id: z.string(),
  flights: z.array(looseRecord).default(() => []),
  passengers: z.array(looseRecord).default(() => []),
  total_price: z.number().min(0),
  status: z.string(),
});

export const scenarioSchema = z.object({
  airports: z.array(airportSchema).default(() => []),
  // Keyed by flight number.
  flights: z.record(z.string(), flightSchema).default(() => ({})),
  // Keyed by `<flight_number>_<YYYY-MM-DD>`.
  flight_statuses: z.record(z.string(), flightStatusSchema).default(() => ({})),
  users: z.record(z.string(), userSchema).default(() => ({})),
  reservations: z.record(z.string(), reservationSchema).default(() => ({})),
  // Fee per paid bag, by cabin; a cabin not listed pays 25.
  baggage_fees: z.record(z.string(), z.number()).default(() => ({ economy: 25.0, business: 0.0, first: 0.0 })),
  insurance_fee: z.number().default(15.0),
});

export type AirlineState = z.output<typeof scenarioSchema>;
export type Reservation = z.output<typeof reservationSchema>;

/** defineTool for this environment: handlers receive a typed draft of AirlineState. */
export const defineAirlineTool = toolsFor<AirlineState>();
