import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type FlightRow = [id: string, departs: string, arrives: string, travelClass: string, cost: number, seats: number];

// Early June 2024 at a booking service for the default map's towns and a few world cities. Worth
// exploring: an open session for Ava Chen (token tok_ava_7f3k), a session whose client is no longer
// registered (booking with it fails), a card too poor for most fares, a route with two economy
// flights (the first listed is booked), a route key whose flight flies the other way (searches find
// nothing, booking still works), a sold-out flight (seats are not checked), a pending and a cancelled
// booking, a quote and a policy already bought, and an overspent budget.
const route = (from: string, to: string, rows: FlightRow[]) =>
  rows.map(([flight_id, departure_time, arrival_time, travel_class, cost, available_seats]) => ({
    flight_id,
    departure_airport: from,
    arrival_airport: to,
    departure_time,
    arrival_time,
    travel_class,
    cost,
    available_seats,
  }));

const available_flights: Input['available_flights'] = {
  'RVM-STB': route('RVM', 'STB', [
    ['RS101', '06:45', '08:10', 'economy', 189.0, 42],
    ['RS105', '12:30', '13:55', 'economy', 159.0, 7],
    ['RS201', '07:15', '08:40', 'business', 540.0, 6],
    ['RS301', '18:00', '19:25', 'first', 980.0, 0],
  ]),
  'STB-RVM': route('STB', 'RVM', [
    ['SR102', '09:20', '10:45', 'economy', 175.5, 31],
    ['SR202', '17:40', '19:05', 'business', 515.0, 4],
  ]),
  'SFO-JFK': route('SFO', 'JFK', [
    ['SJ800', '07:00', '15:35', 'economy', 329.99, 58],
    ['SJ810', '13:10', '21:45', 'business', 1249.0, 9],
    ['SJ820', '22:30', '6:55', 'first', 2890.0, 2],
  ]),
  'LHR-CDG': route('LHR', 'CDG', [
    ['LC410', '08:05', '10:20', 'economy', 142.0, 23],
    ['LC420', '16:45', '19:00', 'business', 455.0, 5],
  ]),
  'PEK-HKG': route('PEK', 'HKG', [['PH660', '10:30', '14:20', 'economy', 268.0, 40]]),
  'MPC-SVP': route('MPC', 'SVP', [['MS070', '05:55', '06:40', 'economy', 89.0, 12]]),
  // Filed under the wrong key: the only flight here flies WLB → OKD.
  'OKD-WLB': route('WLB', 'OKD', [['WO150', '14:00', '14:50', 'economy', 99.0, 18]]),
};

const registered_users: Input['registered_users'] = {
  cl_ava_chen: { client_id: 'cl_ava_chen', client_secret: 'sk_ava_41c9', first_name: 'Ava', last_name: 'Chen' },
  cl_marco_rossi: { client_id: 'cl_marco_rossi', client_secret: 'sk_marco_77b2', first_name: 'Marco', last_name: 'Rossi' },
  cl_yuki_tanaka: { client_id: 'cl_yuki_tanaka', client_secret: 'sk_yuki_0d5e', first_name: 'Yuki', last_name: 'Tanaka' },
  cl_liam_obrien: { client_id: 'cl_liam_obrien', client_secret: 'sk_liam_3a18', first_name: 'Liam', last_name: "O'Brien" },
};

const authenticated_users: Input['authenticated_users'] = {
  tok_ava_7f3k: {
    access_token: 'tok_ava_7f3k',
    client_id: 'cl_ava_chen',
    token_type: 'Bearer',
    expires_in: 3600,
    scope: 'read_write',
    created_at: '2024-06-10T08:55:00',
  },
  // The client behind this session closed their account: reads work, booking does not.
  tok_legacy_91xq: {
    access_token: 'tok_legacy_91xq',
    client_id: 'cl_former_member',
    token_type: 'Bearer',
    expires_in: 3600,
    scope: 'read',
    created_at: '2024-06-09T22:10:00',
  },
};

const credit_cards: Input['credit_cards'] = {
  card_ava_visa: {
    card_id: 'card_ava_visa',
    card_number: '4242',
    cardholder_name: 'Ava Chen',
    expiration_date: '08/2027',
    balance: 3120.5,
  },
  card_ava_debit: {
    card_id: 'card_ava_debit',
    card_number: '0119',
    cardholder_name: 'Ava Chen',
    expiration_date: '02/2025',
    balance: 120.0,
  },
  card_marco_amex: {
    card_id: 'card_marco_amex',
    card_number: '1005',
    cardholder_name: 'Marco Rossi',
    expiration_date: '11/2026',
    balance: 7450.0,
  },
};

const booking = (
  id: string,
  status: string,
  cost: number,
  from: string,
  to: string,
  date: string,
  travelClass: string,
  booked: string,
  first: string,
  last: string,
) => ({
  booking_id: id,
  transaction_id: `txn_${id.slice(3)}`,
  booking_status: status,
  cost,
  departure_airport: from,
  arrival_airport: to,
  travel_date: date,
  travel_class: travelClass,
  booking_date: booked,
  traveler_first_name: first,
  traveler_last_name: last,
});

const bookings: Input['bookings'] = {
  bk_20240602_ava: booking(
    'bk_20240602_ava',
    'confirmed',
    329.99,
    'SFO',
    'JFK',
    '2024-06-21',
    'economy',
    '2024-06-02T14:12:09',
    'Ava',
    'Chen',
  ),
  bk_20240605_ava: booking(
    'bk_20240605_ava',
    'pending',
    540.0,
    'RVM',
    'STB',
    '2024-07-03',
    'business',
    '2024-06-05T10:01:44',
    'Ava',
    'Chen',
  ),
  bk_20240520_mom: booking(
    'bk_20240520_mom',
    'cancelled',
    142.0,
    'LHR',
    'CDG',
    '2024-06-01',
    'economy',
    '2024-05-20T19:30:00',
    'Mei',
    'Chen',
  ),
};

export const demo: Input = {
  registered_users,
  authenticated_users,
  available_flights,
  credit_cards,
  bookings,
  budget_limits: { tok_ava_7f3k: 900.0 },
  total_spent: { tok_ava_7f3k: 1011.99 },
  insurance_quotes: {
    bk_20240602_ava: {
      basic: {
        insurance_type: 'basic',
        insurance_cost: 16.4995,
        coverage_details: { medical: '$10,000', trip_cancel: '$1,000', baggage: '$500' },
      },
      premium: {
        insurance_type: 'premium',
        insurance_cost: 26.3992,
        coverage_details: { medical: '$50,000', trip_cancel: '$5,000', baggage: '$2,000' },
      },
    },
  },
  insurance_policies: {
    pol_bk_20240602_basic: {
      insurance_id: 'pol_bk_20240602_basic',
      insurance_type: 'basic',
      insurance_cost: 16.4995,
      coverage_details: { medical: '$10,000', trip_cancel: '$1,000', baggage: '$500' },
    },
  },
  support_tickets: [
    {
      support_ticket_id: 'tkt_0001',
      subject: 'Seat selection',
      message: 'Can I pick a window seat on my SFO to JFK flight?',
      booking_id: 'bk_20240602_ava',
      created_at: '2024-06-03T09:12:00',
    },
  ],
  current_time: '2024-06-10T09:30:00',
  random_seed: 2024,
};
