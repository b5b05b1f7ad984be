import { readFileSync } from 'node:fs';
import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// τ²-bench's FlightDB, field for field, so its database loads unchanged and saves back in the shape
// its model_dump() gives (address2 and a reservation's status present as null when unset).

export const CABINS = ['business', 'economy', 'basic_economy'] as const;
export type Cabin = (typeof CABINS)[number];

const perCabin = z.object({ business: z.number().int(), economy: z.number().int(), basic_economy: z.number().int() });

const flightDate = z.discriminatedUnion('status', [
  z.object({ status: z.literal('available'), available_seats: perCabin, prices: perCabin }),
  z.object({ status: z.literal('landed'), actual_departure_time_est: z.string(), actual_arrival_time_est: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('delayed'), estimated_departure_time_est: z.string(), estimated_arrival_time_est: z.string() }),
  z.object({ status: z.literal('flying'), actual_departure_time_est: z.string(), estimated_arrival_time_est: z.string() }),
  z.object({ status: z.literal('on time'), estimated_departure_time_est: z.string(), estimated_arrival_time_est: z.string() }),
]);

const flight = z.object({
  flight_number: z.string(),
  origin: z.string(),
  destination: z.string(),
  scheduled_departure_time_est: z.string(),
  scheduled_arrival_time_est: z.string(),
  dates: keyedRecord(flightDate),
});

const passenger = z.object({ first_name: z.string(), last_name: z.string(), dob: z.string() });

const paymentMethod = z.discriminatedUnion('source', [
  z.object({ source: z.literal('credit_card'), id: z.string(), brand: z.string(), last_four: z.string() }),
  z.object({ source: z.literal('gift_card'), id: z.string(), amount: z.number() }),
  z.object({ source: z.literal('certificate'), id: z.string(), amount: z.number() }),
]);

const user = z.object({
  user_id: z.string(),
  name: z.object({ first_name: z.string(), last_name: z.string() }),
  address: z.object({
    address1: z.string(),
    address2: z.string().nullable().default(null),
    city: z.string(),
    country: z.string(),
    state: z.string(),
    zip: z.string(),
  }),
  email: z.string(),
  dob: z.string(),
  payment_methods: keyedRecord(paymentMethod),
  saved_passengers: z.array(passenger),
  membership: z.enum(['gold', 'silver', 'regular']),
  reservations: z.array(z.string()),
});

const reservationFlight = z.object({
  flight_number: z.string(),
  origin: z.string(),
  destination: z.string(),
  date: z.string(),
  price: z.number().int(),
});

const payment = z.object({ payment_id: z.string(), amount: z.number().int() });

const reservation = z.object({
  reservation_id: z.string(),
  user_id: z.string(),
  origin: z.string(),
  destination: z.string(),
  flight_type: z.enum(['round_trip', 'one_way']),
  cabin: z.enum(CABINS),
  flights: z.array(reservationFlight),
  passengers: z.array(passenger),
  payment_history: z.array(payment),
  created_at: z.string(),
  total_baggages: z.number().int(),
  nonfree_baggages: z.number().int(),
  insurance: z.enum(['yes', 'no']),
  status: z.literal('cancelled').nullable().default(null),
});

const fields = {
  flights: keyedRecord(flight),
  users: keyedRecord(user),
  reservations: keyedRecord(reservation),
};

const databaseSchema = z.strictObject(fields);
let shipped: z.output<typeof databaseSchema> | undefined;

/** The airline database this package ships (data/db.json), read and checked on first use rather than on import. */
export function shippedDb(): z.output<typeof databaseSchema> {
  shipped ??= databaseSchema.parse(JSON.parse(readFileSync(new URL('../data/db.json', import.meta.url), 'utf8')));
  return shipped;
}

export const scenarioSchema = z.strictObject({
  flights: fields.flights.default(() => shippedDb().flights),
  users: fields.users.default(() => shippedDb().users),
  reservations: fields.reservations.default(() => shippedDb().reservations),
});

export type AirlineDb = z.output<typeof scenarioSchema>;
export type Flight = z.output<typeof flight>;
export type FlightDate = z.output<typeof flightDate>;
export type User = z.output<typeof user>;
export type Reservation = z.output<typeof reservation>;
export type ReservationFlight = z.output<typeof reservationFlight>;
export type Passenger = z.output<typeof passenger>;
export type Payment = z.output<typeof payment>;

export const defineAirlineTool = toolsFor<AirlineDb>();
