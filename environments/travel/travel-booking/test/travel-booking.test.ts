import { describe, expect, it } from 'vitest';
import { travelBooking } from '../src/index.js';

type State = ReturnType<typeof travelBooking.load>;
type Outcome = ReturnType<typeof travelBooking.call>;
type Call = [name: string, args: Record<string, unknown>];

const demo = () => travelBooking.loadPreset('demo');

// The demo's random_seed is 2024: the n-th generated id is the MD5 of "2024_<n>" laid out as a UUID.
const TOKEN = 'cebcce3b-fef7-69c4-d973-960ca4ddfb50';
const CARD = 'cf80cdd5-731e-a132-90c9-bc9853f004d3';
const BOOKING = 'bcc87220-7091-ba1c-d03f-e9e7c0393590';
const AVA_SESSION = 'tok_ava_7f3k';

const signIn: Call = [
  'authenticate',
  { client_id: 'cl_ava_chen', client_secret: 'sk_ava_41c9', grant_type: 'read_write', first_name: 'Ava', last_name: 'Chen' },
];
const registerCard: Call = [
  'register_credit_card',
  { access_token: TOKEN, card_number: '4000056655665556', expiration_date: '09/2028', cardholder_name: 'Ava Chen', cvv: 321 },
];
const book: Call = [
  'book_flight',
  {
    access_token: TOKEN,
    card_id: CARD,
    departure_airport: 'RVM',
    arrival_airport: 'STB',
    travel_date: '2024-07-03',
    travel_class: 'economy',
  },
];

/** Runs calls in order, each expected to succeed; returns every outcome. */
function run(state: State, calls: Call[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const [name, args] of calls) {
    const outcome = travelBooking.call(state, name, args);
    expect(outcome.isError, `${name}: ${JSON.stringify(outcome.content)}`).toBe(false);
    outcomes.push(outcome);
    state = outcome.state;
  }
  return outcomes;
}

const last = (outcomes: Outcome[]) => outcomes[outcomes.length - 1] as Outcome;

function expectFailure(state: State, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const outcome = travelBooking.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

describe('TravelBooking scenario', () => {
  it('loads {} with the reference city map, exchange rates, clock and seed', () => {
    const state = travelBooking.load({});
    expect(Object.keys(state.airport_city_map)).toHaveLength(23);
    expect(state.exchange_rates.JPY).toBe(110);
    expect(state.current_time).toBe('2024-01-01T00:00:00');
    expect(state.random_seed).toBe(42);
  });

  it('validates formats as the reference models do', () => {
    const flight = { flight_id: 'F', departure_airport: 'RVM', arrival_airport: 'STB', departure_time: '24:00', arrival_time: '1:00' };
    expect(() =>
      travelBooking.load({ available_flights: { 'RVM-STB': [{ ...flight, travel_class: 'economy', cost: 1, available_seats: 1 }] } }),
    ).toThrow(/departure_time/);
    expect(() => travelBooking.load({ current_time: '2024-01-01' })).toThrow(/current_time/);
  });
});

describe('TravelBooking sign-in', () => {
  it('issues the seed-derived token, as the reference does', () => {
    const [outcome] = run(demo(), [signIn]);
    expect(outcome?.content).toEqual({ access_token: TOKEN, token_type: 'Bearer', expires_in: 3600, scope: 'read_write' });
    expect(outcome?.state.authenticated_users[TOKEN]).toEqual({
      access_token: TOKEN,
      client_id: 'cl_ava_chen',
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'read_write',
      created_at: '2024-06-10T09:30:00',
    });
  });

  it('refuses unknown clients, wrong secrets and mismatched names', () => {
    const [, args] = signIn;
    expectFailure(demo(), 'authenticate', { ...args, client_id: 'cl_nobody' }, "User with client_id 'cl_nobody' is not registered");
    expectFailure(demo(), 'authenticate', { ...args, client_secret: 'guess' }, /Invalid client_secret/);
    expectFailure(demo(), 'authenticate', { ...args, last_name: 'chen' }, /do not match/);
    expectFailure(demo(), 'authenticate', { ...args, grant_type: '' }, /required/);
  });

  it('answers login status and airports without a token', () => {
    expect(travelBooking.call(travelBooking.load({}), 'check_login_status', {}).content).toEqual({ is_logged_in: false });
    expect(travelBooking.call(demo(), 'check_login_status', {}).content).toEqual({ is_logged_in: true });
    const codes = (travelBooking.call(travelBooking.load({}), 'list_airports', {}).content as { airport_codes: string[] }).airport_codes;
    expect(codes).toHaveLength(23);
    expect(travelBooking.call(demo(), 'get_airport_by_city', { city_name: 'Sunset Valley' }).content).toEqual({
      airport_code: 'SVV',
      city_name: 'Sunset Valley',
    });
    expect(travelBooking.call(demo(), 'get_airport_by_city', { city_name: 'tokyo' }).content).toEqual({
      airport_code: 'N/A',
      city_name: 'tokyo',
    });
  });

  it('rejects any token not in authenticated_users', () => {
    expectFailure(demo(), 'list_credit_cards', { access_token: 'tok_forged' }, /Invalid access token/);
    expectFailure(demo(), 'list_credit_cards', { access_token: '' }, /access_token is required/);
  });
});

describe('TravelBooking flights and cards', () => {
  it('search_flights filters by class and slices max_results like a Python list', () => {
    const search = (extra: Record<string, unknown>) =>
      (
        travelBooking.call(demo(), 'search_flights', {
          departure_airport: 'RVM',
          arrival_airport: 'STB',
          travel_date: '2024-07-03',
          ...extra,
        }).content as { flights: { flight_id: string }[] }
      ).flights.map((flight) => flight.flight_id);
    expect(search({})).toEqual(['RS101', 'RS105', 'RS201', 'RS301']);
    expect(search({ travel_class: 'economy' })).toEqual(['RS101', 'RS105']);
    expect(search({ max_results: 0 })).toHaveLength(4);
    expect(search({ max_results: -1 })).toEqual(['RS101', 'RS105', 'RS201']);
    // The OKD-WLB key lists a flight that actually departs from WLB: searches drop it.
    expect(search({ departure_airport: 'OKD', arrival_airport: 'WLB' })).toEqual([]);
  });

  it('registers a card with the last four digits and a seed-drawn balance', () => {
    const outcomes = run(demo(), [signIn, registerCard]);
    expect(last(outcomes).content).toEqual({ card_id: CARD, card_number: '5556', registration_status: 'success' });
    expect(last(outcomes).state.credit_cards[CARD]).toEqual({
      card_id: CARD,
      card_number: '5556',
      cardholder_name: 'Ava Chen',
      expiration_date: '09/2028',
      balance: 2951,
    });
  });

  it('refuses a malformed expiry and a null random_seed', () => {
    const [, args] = registerCard;
    expectFailure(demo(), 'register_credit_card', { ...args, access_token: AVA_SESSION, expiration_date: '9/28' }, /MM\/YYYY/);
    const unseeded = travelBooking.load({ ...travelBooking.save(demo()), random_seed: null });
    expectFailure(unseeded, 'register_credit_card', { ...args, access_token: AVA_SESSION }, /random_seed is null/);
  });
});

describe('TravelBooking bookings', () => {
  it('books the first flight of the class, charges the card and counts the spend', () => {
    const outcomes = run(demo(), [signIn, registerCard, book]);
    const { content, state } = last(outcomes);
    expect(content).toEqual({
      booking_id: BOOKING,
      transaction_id: '360e5c31-6d08-3536-4e3d-6c83f25b46d9',
      booking_status: true,
      cost: 189,
      departure_airport: 'RVM',
      arrival_airport: 'STB',
      travel_date: '2024-07-03',
      travel_class: 'economy',
    });
    expect(state.bookings[BOOKING]).toMatchObject({ booking_status: 'confirmed', traveler_first_name: 'Ava', traveler_last_name: 'Chen' });
    expect(state.credit_cards[CARD]?.balance).toBe(2762);
    expect(state.total_spent[TOKEN]).toBe(189);
  });

  it('books a flight filed under the route key even when its airports differ, and lets the budget go negative', () => {
    const booked = run(demo(), [
      [
        'book_flight',
        { ...book[1], access_token: AVA_SESSION, card_id: 'card_ava_visa', departure_airport: 'OKD', arrival_airport: 'WLB' },
      ],
      ['get_budget_info', { access_token: AVA_SESSION }],
    ]);
    expect(last(booked).content).toEqual({ total_spent: 1110.99, currency: 'USD', budget_limit: 900, remaining_budget: -210.99 });
  });

  it('refuses unknown routes and classes, poor cards and sessions of unregistered clients', () => {
    const args = { ...book[1], access_token: AVA_SESSION, card_id: 'card_ava_visa' };
    expectFailure(demo(), 'book_flight', { ...args, arrival_airport: 'PEK' }, /No flights available for the route RVM-PEK/);
    expectFailure(demo(), 'book_flight', { ...args, travel_class: 'premium' }, /No premium flights/);
    expectFailure(demo(), 'book_flight', { ...args, card_id: 'card_ava_debit' }, /Insufficient card balance/);
    expectFailure(demo(), 'book_flight', { ...args, card_id: 'card_nope' }, /Card card_nope not found/);
    expectFailure(demo(), 'book_flight', { ...args, access_token: 'tok_legacy_91xq' }, /cl_former_member/);
    expectFailure(demo(), 'book_flight', { ...args, travel_date: 'next week' }, /travel_date must be YYYY-MM-DD/);
  });

  it('invoices, insures, cancels and files a ticket with the next ids of the sequence', () => {
    const outcomes = run(demo(), [
      signIn,
      registerCard,
      book,
      ['get_insurance_quote', { access_token: TOKEN, booking_id: BOOKING, insurance_type: 'premium' }],
      ['purchase_insurance', { access_token: TOKEN, booking_id: BOOKING, insurance_type: 'premium', card_id: CARD }],
      ['get_booking_invoice', { access_token: TOKEN, booking_id: BOOKING }],
      ['cancel_booking', { access_token: TOKEN, booking_id: BOOKING }],
      ['contact_support', { access_token: TOKEN, message: 'Please confirm my refund', booking_id: BOOKING }],
      ['get_credit_card_balance', { access_token: TOKEN, card_id: CARD }],
    ]);
    const [, , , quote, policy, invoice, cancellation, ticket, balance] = outcomes.map((outcome) => outcome.content);
    const coverage = { medical: '$50,000', trip_cancel: '$5,000', baggage: '$2,000' };
    expect(quote).toEqual({ insurance_type: 'premium', insurance_cost: 15.120000000000001, coverage_details: coverage });
    expect(policy).toEqual({
      insurance_id: '3beb084a-03bc-c1e0-61c5-7466b4e337d6',
      insurance_type: 'premium',
      insurance_cost: 15.120000000000001,
      coverage_details: coverage,
    });
    expect(invoice).toMatchObject({ invoice_number: 'INV-bcc87220', payment_status: 'paid', booking_date: '2024-06-10T09:30:00' });
    expect(cancellation).toEqual({
      cancellation_status: true,
      refund_amount: 189,
      refund_transaction_id: 'fecbaa56-c2ad-0228-d150-bb4497d34d74',
      cancellation_date: '2024-06-10',
    });
    // The refund id took a place in the sequence even though nothing stores it.
    expect(ticket).toMatchObject({ support_ticket_id: '87663496-7f2d-48ce-1444-b95150505cc2', status: 'created' });
    // Neither the cancellation nor anything else gave money back to the card.
    expect(balance).toEqual({ card_id: CARD, balance: 2746.88, currency: 'USD' });
  });

  it('quotes only confirmed bookings and known plans, and sells only what was quoted', () => {
    const args = { access_token: AVA_SESSION, booking_id: 'bk_20240605_ava', insurance_type: 'basic' };
    expectFailure(demo(), 'get_insurance_quote', args, /pending: only confirmed/);
    expectFailure(
      demo(),
      'get_insurance_quote',
      { ...args, booking_id: 'bk_20240602_ava', insurance_type: 'gold' },
      /Unknown insurance_type 'gold'/,
    );
    const purchase = { access_token: AVA_SESSION, booking_id: 'bk_20240602_ava', card_id: 'card_ava_visa' };
    expectFailure(demo(), 'purchase_insurance', { ...purchase, insurance_type: 'comprehensive' }, /call get_insurance_quote first/);
    const bought = travelBooking.call(demo(), 'purchase_insurance', { ...purchase, insurance_type: 'basic' });
    expect(bought.content).toMatchObject({ insurance_type: 'basic', insurance_cost: 16.4995 });
  });

  it('cancels once only and lists bookings by status', () => {
    expectFailure(demo(), 'cancel_booking', { access_token: AVA_SESSION, booking_id: 'bk_20240520_mom' }, /already cancelled/);
    const listed = travelBooking.call(demo(), 'list_bookings', { access_token: AVA_SESSION, status: 'pending' }).content as {
      bookings: { booking_id: string }[];
    };
    expect(listed.bookings.map((booking) => booking.booking_id)).toEqual(['bk_20240605_ava']);
  });
});

describe('TravelBooking money', () => {
  it('sets and reports a budget', () => {
    const outcomes = run(demo(), [
      signIn,
      ['set_budget_limit', { access_token: TOKEN, budget_limit: '800' }],
      ['get_budget_info', { access_token: TOKEN }],
    ]);
    expect(outcomes[1]?.content).toEqual({ budget_limit: 800, currency: 'USD', status: 'success' });
    expect(last(outcomes).content).toEqual({ total_spent: 0, currency: 'USD', budget_limit: 800, remaining_budget: 800 });
    expectFailure(demo(), 'set_budget_limit', { access_token: AVA_SESSION, budget_limit: 0 }, /positive/);
  });

  it('converts through USD with Python rounding', () => {
    expect(travelBooking.call(demo(), 'convert_currency', { amount: 59.99, from_currency: 'EUR', to_currency: 'JPY' }).content).toEqual({
      converted_amount: 7763.41,
      from_currency: 'EUR',
      to_currency: 'JPY',
      exchange_rate: 129.4118,
      conversion_date: '2024-06-10',
    });
    expect(travelBooking.call(demo(), 'convert_currency', { amount: 10, from_currency: 'JPY', to_currency: 'GBP' }).content).toMatchObject({
      converted_amount: 0.07,
      exchange_rate: 0.0066,
    });
    expectFailure(demo(), 'convert_currency', { amount: 0, from_currency: 'USD', to_currency: 'EUR' }, /positive/);
    expectFailure(demo(), 'convert_currency', { amount: 5, from_currency: 'USD', to_currency: 'CHF' }, /Unsupported currency 'CHF'/);
    const zeroRate = travelBooking.load({ exchange_rates: { USD: 1, ZZZ: 0 } });
    expectFailure(zeroRate, 'convert_currency', { amount: 5, from_currency: 'ZZZ', to_currency: 'USD' }, /rate of ZZZ is 0/);
  });
});
