import { anyInteger, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, order, constraints and defaults as the reference's TravelBookingScenario. Its patterns
// run on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const IATA = /^[A-Z]{3}$/;
const CLOCK = /^([0-1]?[0-9]|2[0-3]):[0-5][0-9]$/;
const DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const DATE_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;
const CARD_EXPIRY = /^\p{Nd}{2}\/\p{Nd}{4}$/u;

const iata = (field: string) => z.string().regex(IATA, `${field} must be a three-letter IATA code such as SFO`);
const dateTime = (field: string) => z.string().regex(DATE_TIME, `${field} must be YYYY-MM-DDTHH:MM:SS`);
const clock = (field: string) => z.string().regex(CLOCK, `${field} must be HH:MM (24-hour)`);

export const registeredUserSchema = z.object({
  client_id: z.string(),
  client_secret: z.string(),
  first_name: z.string(),
  last_name: z.string(),
});

export const sessionSchema = z.object({
  access_token: z.string(),
  client_id: z.string(),
  token_type: z.string().default('Bearer'),
  expires_in: anyInteger().min(0),
  scope: z.string(),
  created_at: dateTime('created_at'),
});

export const flightSchema = z.object({
  flight_id: z.string(),
  departure_airport: iata('departure_airport'),
  arrival_airport: iata('arrival_airport'),
  departure_time: clock('departure_time'),
  arrival_time: clock('arrival_time'),
  travel_class: z.string(),
  cost: z.number().min(0),
  available_seats: anyInteger().min(0),
});

export const creditCardSchema = z.object({
  card_id: z.string(),
  card_number: z.string(),
  cardholder_name: z.string(),
  expiration_date: z.string().regex(CARD_EXPIRY, 'expiration_date must be MM/YYYY'),
  balance: z.number().min(0),
});

export const bookingSchema = z.object({
  booking_id: z.string(),
  transaction_id: z.string(),
  booking_status: z.string(),
  cost: z.number().min(0),
  departure_airport: iata('departure_airport'),
  arrival_airport: iata('arrival_airport'),
  travel_date: z.string().regex(DATE, 'travel_date must be YYYY-MM-DD'),
  travel_class: z.string(),
  booking_date: dateTime('booking_date'),
  traveler_first_name: z.string(),
  traveler_last_name: z.string(),
});

const freeForm = z.record(z.string(), z.any());

export const scenarioSchema = z.object({
  // Keyed by client_id.
  registered_users: z.record(z.string(), registeredUserSchema).default(() => ({})),
  // Sessions keyed by access token: any token listed here is accepted by every tool.
  authenticated_users: z.record(z.string(), sessionSchema).default(() => ({})),
  // Flights keyed by route, `<departure>-<arrival>` (e.g. RVM-STB).
  available_flights: z.record(z.string(), z.array(flightSchema)).default(() => ({})),
  airport_city_map: z.record(z.string(), z.string()).default(() => ({
    Rivermist: 'RVM',
    Stonebrook: 'STB',
    Maplecrest: 'MPC',
    Silverpine: 'SVP',
    Shadowridge: 'SHR',
    London: 'LHR',
    Paris: 'CDG',
    'Sunset Valley': 'SVV',
    Oakendale: 'OKD',
    Willowbend: 'WLB',
    'Crescent Hollow': 'CHW',
    Autumnville: 'ATV',
    Pinehaven: 'PHV',
    Greenfield: 'GNF',
    'San Francisco': 'SFO',
    'Los Angeles': 'LAX',
    'New York': 'JFK',
    Chicago: 'ORD',
    Boston: 'BOS',
    Beijing: 'PEK',
    'Hong Kong': 'HKG',
    Rome: 'FCO',
    Tokyo: 'NRT',
  })),
  credit_cards: z.record(z.string(), creditCardSchema).default(() => ({})),
  bookings: z.record(z.string(), bookingSchema).default(() => ({})),
  // Both keyed by access token, in USD.
  budget_limits: z.record(z.string(), z.number()).default(() => ({})),
  total_spent: z.record(z.string(), z.number()).default(() => ({})),
  // Units of each currency per US dollar.
  exchange_rates: z.record(z.string(), z.number()).default(() => ({
    USD: 1.0,
    RMB: 7.2,
    EUR: 0.85,
    JPY: 110.0,
    GBP: 0.73,
    CAD: 1.25,
    AUD: 1.35,
    INR: 74.0,
    RUB: 74.0,
    BRL: 5.2,
    MXN: 20.0,
  })),
  // booking id → insurance type → quote ({insurance_type, insurance_cost, coverage_details}).
  insurance_quotes: z.record(z.string(), z.record(z.string(), freeForm)).default(() => ({})),
  insurance_policies: z.record(z.string(), freeForm).default(() => ({})),
  support_tickets: z.array(freeForm).default(() => []),
  current_time: dateTime('current_time').default('2024-01-01T00:00:00'),
  // Seeds every generated id and card balance (see generated-ids.ts).
  random_seed: anyInteger().nullable().default(42),
});

export type TravelBookingState = z.output<typeof scenarioSchema>;
export type Booking = z.output<typeof bookingSchema>;
export type CreditCard = z.output<typeof creditCardSchema>;
export type Session = z.output<typeof sessionSchema>;

/** defineTool for this environment: handlers receive a typed draft of TravelBookingState. */
export const defineTravelBookingTool = toolsFor<TravelBookingState>();
