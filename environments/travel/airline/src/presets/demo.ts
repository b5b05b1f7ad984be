import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type FlightRow = [
  number: string,
  origin: string,
  destination: string,
  departure: string,
  seats: Record<string, number>,
  prices: Record<string, number>,
];
type Segment = { flight_number: string; origin: string; destination: string; date: string; price: number };

// Spring 2025 at a mid-sized carrier flying between nine airports. Worth exploring: a route served
// twice a day, a sold-out economy cabin, a premium_economy cabin that baggage_fees does not list (bags
// there cost the 25 fallback), statuses for some dates only (others answer "unknown"), a customer
// with no reservations, a reservation owned by a user id missing from `users`, a cancelled
// reservation, a round trip and a family booking with an infant, and segments without a price.
const airports: Input['airports'] = [
  { iata: 'JFK', city: 'New York' },
  { iata: 'LAX', city: 'Los Angeles' },
  { iata: 'ORD', city: 'Chicago' },
  { iata: 'SFO', city: 'San Francisco' },
  { iata: 'SEA', city: 'Seattle' },
  { iata: 'BOS', city: 'Boston' },
  { iata: 'MIA', city: 'Miami' },
  { iata: 'DEN', city: 'Denver' },
  { iata: 'ATL', city: 'Atlanta' },
];

const flightRows: FlightRow[] = [
  [
    'EA101',
    'JFK',
    'LAX',
    '2025-04-14T08:00:00',
    { economy: 42, business: 6, first: 2 },
    { economy: 329.0, business: 1180.0, first: 2450.0 },
  ],
  ['EA103', 'JFK', 'LAX', '2025-04-14T17:30:00', { economy: 0, business: 3 }, { economy: 289.0, business: 1095.0 }],
  [
    'EA102',
    'LAX',
    'JFK',
    '2025-04-20T09:15:00',
    { economy: 18, business: 4, first: 1 },
    { economy: 345.5, business: 1210.0, first: 2499.0 },
  ],
  ['EA210', 'ORD', 'SFO', '2025-04-15T07:45:00', { economy: 60, premium_economy: 12 }, { economy: 214.99, premium_economy: 389.0 }],
  ['EA211', 'SFO', 'ORD', '2025-04-18T13:05:00', { economy: 33, premium_economy: 0 }, { economy: 229.0, premium_economy: 405.0 }],
  ['EA330', 'SEA', 'BOS', '2025-05-02T06:20:00', { economy: 25, business: 8 }, { economy: 399.0, business: 1320.0 }],
  ['EA331', 'BOS', 'SEA', '2025-05-09T18:40:00', { economy: 27, business: 8 }, { economy: 379.0, business: 1290.0 }],
  ['EA450', 'MIA', 'ATL', '2025-04-16T11:00:00', { economy: 80 }, { economy: 119.0 }],
  ['EA451', 'ATL', 'MIA', '2025-04-16T19:30:00', { economy: 74 }, { economy: 124.0 }],
  ['EA560', 'DEN', 'JFK', '2025-04-22T10:10:00', { economy: 15, business: 2 }, { economy: 268.0, business: 940.0 }],
  ['EA561', 'JFK', 'DEN', '2025-04-25T15:55:00', { economy: 9, business: 0 }, { economy: 259.0, business: 910.0 }],
  [
    'EA1204',
    'ATL',
    'SEA',
    '2025-05-01T08:35:00',
    { economy: 51, business: 5, first: 2 },
    { economy: 312.0, business: 1015.0, first: 1890.0 },
  ],
];

const flights: Input['flights'] = Object.fromEntries(
  flightRows.map(([number, origin, destination, departure, seats, prices]) => [
    number,
    { flight_number: number, origin, destination, scheduled_departure: departure, available_seats: seats, prices },
  ]),
);

const statusRows: [flight: string, date: string, status: string][] = [
  ['EA101', '2025-04-14', 'on_time'],
  ['EA103', '2025-04-14', 'delayed'],
  ['EA210', '2025-04-15', 'boarding'],
  ['EA450', '2025-04-16', 'cancelled'],
  ['EA451', '2025-04-16', 'on_time'],
  ['EA560', '2025-04-22', 'scheduled'],
  ['EA330', '2025-05-02', 'scheduled'],
];

const flight_statuses: Input['flight_statuses'] = Object.fromEntries(
  statusRows.map(([flight, date, status]) => [`${flight}_${date}`, { flight_number: flight, date, status }]),
);

const users: Input['users'] = {
  usr_amelia_ross: {
    user_id: 'usr_amelia_ross',
    name: 'Amelia Ross',
    reservations: ['RES4A7C19E2', 'RES9B02D6F1'],
    payment_methods: ['credit_card_4421', 'gift_card_0087'],
  },
  usr_daniel_kim: { user_id: 'usr_daniel_kim', name: 'Daniel Kim', reservations: ['RESC3E58A07'], payment_methods: ['credit_card_9310'] },
  usr_priya_shah: {
    user_id: 'usr_priya_shah',
    name: 'Priya Shah',
    reservations: ['RES5D1F0B3C'],
    payment_methods: ['credit_card_1178', 'travel_voucher_2025'],
  },
  usr_marcus_lee: { user_id: 'usr_marcus_lee', name: 'Marcus Lee', reservations: ['RES7E6A2C94'], payment_methods: ['paypal_marcus'] },
  // Signed up last week: nothing booked yet.
  usr_sofia_alvarez: { user_id: 'usr_sofia_alvarez', name: 'Sofía Álvarez', reservations: [], payment_methods: ['credit_card_6604'] },
  usr_tom_becker: { user_id: 'usr_tom_becker', name: 'Tom Becker', reservations: [], payment_methods: [] },
};

const segment = (flight: string, date: string, price: number): Segment => {
  const row = flightRows.find(([number]) => number === flight);
  return { flight_number: flight, origin: row?.[1] ?? '', destination: row?.[2] ?? '', date, price };
};

const reservations: Input['reservations'] = {
  // Round trip in economy, two checked bags (one paid) and insurance: 329 + 345.5 + 25 + 15.
  RES4A7C19E2: {
    reservation_id: 'RES4A7C19E2',
    user_id: 'usr_amelia_ross',
    flights: [segment('EA101', '2025-04-14', 329.0), segment('EA102', '2025-04-20', 345.5)],
    passengers: [{ first_name: 'Amelia', last_name: 'Ross', dob: '1988-02-11' }],
    total_price: 714.5,
    status: 'confirmed',
  },
  // One way in business; business bags are free.
  RES9B02D6F1: {
    reservation_id: 'RES9B02D6F1',
    user_id: 'usr_amelia_ross',
    flights: [segment('EA330', '2025-05-02', 1320.0)],
    passengers: [{ first_name: 'Amelia', last_name: 'Ross', dob: '1988-02-11' }],
    total_price: 1320.0,
    status: 'confirmed',
  },
  // A family of three with an infant on a lap (no seat, no price of its own).
  RESC3E58A07: {
    reservation_id: 'RESC3E58A07',
    user_id: 'usr_daniel_kim',
    flights: [segment('EA450', '2025-04-16', 357.0)],
    passengers: [
      { first_name: 'Daniel', last_name: 'Kim', dob: '1983-09-30' },
      { first_name: 'Grace', last_name: 'Kim', dob: '1985-01-17' },
      { first_name: 'Leo', last_name: 'Kim', dob: '2024-11-02', infant_on_lap: true },
    ],
    total_price: 357.0,
    status: 'confirmed',
  },
  // premium_economy is not in baggage_fees: its one paid bag was charged the 25 fallback.
  RES5D1F0B3C: {
    reservation_id: 'RES5D1F0B3C',
    user_id: 'usr_priya_shah',
    flights: [segment('EA210', '2025-04-15', 389.0)],
    passengers: [{ first_name: 'Priya', last_name: 'Shah', dob: '1992-06-05' }],
    total_price: 414.0,
    status: 'confirmed',
  },
  RES7E6A2C94: {
    reservation_id: 'RES7E6A2C94',
    user_id: 'usr_marcus_lee',
    flights: [segment('EA560', '2025-04-22', 268.0), { flight_number: 'EA561', date: '2025-04-25', note: 'fare pending' }],
    passengers: [{ first_name: 'Marcus', last_name: 'Lee', dob: '1979-12-24' }],
    total_price: 268.0,
    status: 'confirmed',
  },
  // Cancelled last month: already gone from Tom Becker's list.
  RES2F8B7D55: {
    reservation_id: 'RES2F8B7D55',
    user_id: 'usr_tom_becker',
    flights: [segment('EA1204', '2025-05-01', 312.0)],
    passengers: [{ first_name: 'Tom', last_name: 'Becker', dob: '1990-03-14' }],
    total_price: 312.0,
    status: 'cancelled',
  },
  // Booked by a corporate travel desk whose account is not in this system.
  RES0C4E9A18: {
    reservation_id: 'RES0C4E9A18',
    user_id: 'usr_corporate_desk',
    flights: [segment('EA211', '2025-04-18', 229.0)],
    passengers: [{ first_name: 'Hannah', last_name: 'Okafor', dob: '1986-08-19' }],
    total_price: 229.0,
    status: 'confirmed',
  },
};

export const demo: Input = {
  airports,
  flights,
  flight_statuses,
  users,
  reservations,
  baggage_fees: { economy: 25.0, business: 0.0, first: 0.0 },
  insurance_fee: 15.0,
};
