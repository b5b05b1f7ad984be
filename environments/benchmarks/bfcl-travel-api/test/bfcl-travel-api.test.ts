import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclTravelApi as env } from '../src/index.js';
import { demo } from '../src/presets/demo.js';

const token = '482913';
const rich = '731904562218';
const poor = '508117349920';

function expectResult(scenario: unknown, name: string, args: Record<string, unknown>, content: unknown) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.content).toEqual(content);
  expect(outcome.state).toEqual(before);
}

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: RegExp) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

const trip = {
  access_token: token,
  card_id: rich,
  travel_date: '2024-12-01',
  travel_from: 'SFO',
  travel_to: 'LAX',
  travel_class: 'business',
};

describe('BfclTravelAPI scenario', () => {
  it('loads {} as the class defaults and ignores keys BFCL ignores', () => {
    const state = env.load({ current_location: 'Rivermist', travel_mode: 'car' });
    expect(state).toMatchObject({
      credit_card_list: {},
      booking_record: {},
      access_token: null,
      token_expires_in: null,
      budget_limit: null,
    });
    expect(state).not.toHaveProperty('current_location');
  });

  it("adds the long-context cards and bookings once, keeping the scenario's own", () => {
    const state = env.load({ long_context: true, credit_card_list: { '1234567812345678': { balance: 1 } } });
    expect(state.credit_card_list['1234567812345678']).toEqual({ balance: 1 });
    expect(Object.keys(state.credit_card_list).length).toBe(22);
    expect(state.booking_record).toHaveProperty('booking_901');
    const cancelled = env.call({ ...state, access_token: 't' }, 'cancel_booking', { access_token: 't', booking_id: 'booking_901' }).state;
    expect(env.load(JSON.parse(JSON.stringify(cancelled))).booking_record).not.toHaveProperty('booking_901');
  });
});

describe('tokens and cards', () => {
  it("issues a token from the scenario's seed, then registers a card with a random balance", () => {
    const { outcomes, state } = runCalls(env, {}, [
      ['travel_get_login_status', {}],
      [
        'authenticate_travel',
        { client_id: 'c', client_secret: 's', refresh_token: 'r', grant_type: 'read_write', user_first_name: 'Ada', user_last_name: 'Li' },
      ],
      [
        'register_credit_card',
        {
          access_token: '251675',
          card_number: '4111',
          expiration_date: '01/2030',
          cardholder_name: 'Ada Li',
          card_verification_number: 123,
        },
      ],
      ['travel_get_login_status', {}],
    ]);
    // Python: random.Random(141053) draws 251675, then 391310425148 and 58617.
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { status: false },
      { expires_in: 2, access_token: '251675', token_type: 'Bearer', scope: 'read_write' },
      { card_id: '391310425148' },
      { status: true },
    ]);
    expect(state.credit_card_list['391310425148']).toMatchObject({ card_number: '4111', balance: 58617 });
  });

  it('refuses card calls with a missing, expired or wrong token, as results', () => {
    const card = { card_number: '1', expiration_date: 'x', cardholder_name: 'x', card_verification_number: 1 };
    expectResult({}, 'register_credit_card', { access_token: 'x', ...card }, { error: 'Token not initialized' });
    expectResult({ ...demo, token_expires_in: 0 }, 'register_credit_card', { access_token: token, ...card }, { error: 'Token expired' });
    expectResult(demo, 'get_credit_card_balance', { access_token: 'nope', card_id: rich }, { error: 'Invalid access token' });
    expectResult(demo, 'register_credit_card', { access_token: token, ...card, card_number: rich }, { error: 'Card already registered' });
    expectResult(
      demo,
      'get_credit_card_balance',
      { access_token: token, card_id: '1' },
      {
        error: "Card not registered. Here are a list of card_id's: ['731904562218', '508117349920']",
      },
    );
  });
});

describe('flights', () => {
  it('prices routes by class, doubled when the date digits add up to an even number', () => {
    // 2024-12-01 adds up to 12 (doubled), 2024-12-02 to 13.
    const state = env.load(demo);
    expect(
      env.call(state, 'get_flight_cost', { travel_from: 'SFO', travel_to: 'LAX', travel_date: '2024-12-01', travel_class: 'first' })
        .content,
    ).toEqual({
      travel_cost_list: [2000],
    });
    expect(
      env.call(state, 'get_flight_cost', { travel_from: 'SFO', travel_to: 'LAX', travel_date: '2024-12-02', travel_class: 'economy' })
        .content,
    ).toEqual({
      travel_cost_list: [200],
    });
    expectFailure(
      demo,
      'get_flight_cost',
      { travel_from: 'LAX', travel_to: 'BOS', travel_date: '2024-12-01', travel_class: 'coach' },
      /Invalid travel class/,
    );
    expectFailure(
      demo,
      'get_flight_cost',
      { travel_from: 'BOS', travel_to: 'SFO', travel_date: '2024-12-01', travel_class: 'economy' },
      /No available route/,
    );
  });

  it('books a flight, charging the card, then cancels it with a refund', () => {
    const { outcomes, state } = runCalls(env, demo, [
      ['book_flight', trip],
      ['retrieve_invoice', { access_token: token, booking_id: '1674919' }],
      ['cancel_booking', { access_token: token, booking_id: '1674919' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ booking_id: '1674919', transaction_id: '82274555', booking_status: true, booking_history: {} });
    expect(outcomes[1]?.content).toEqual({
      invoice: {
        booking_id: '1674919',
        travel_date: '2024-12-01',
        travel_from: 'SFO',
        travel_to: 'LAX',
        travel_class: 'business',
        travel_cost: 800,
        transaction_id: '82274555',
      },
    });
    expect(outcomes[2]?.content).toEqual({ cancel_status: true });
    expect(state.credit_card_list[rich]?.balance).toBe(6250);
    expect(env.call(env.load(demo), 'book_flight', trip).state.credit_card_list[rich]?.balance).toBe(5450);
    expect(state.booking_record).not.toHaveProperty('1674919');
  });

  it('refuses bookings as results: card, airport, date, route, funds and budget', () => {
    const refused = (error: string) => ({ booking_status: false, error });
    expectResult(demo, 'book_flight', { ...trip, card_id: '1' }, refused('Card not registered'));
    expectResult(demo, 'book_flight', { ...trip, travel_to: 'XXX' }, refused('Invalid destination airport code: XXX'));
    expectResult(demo, 'book_flight', { ...trip, travel_date: '12/01/2024' }, refused('Invalid date format. Use YYYY-MM-DD.'));
    expectResult(
      demo,
      'book_flight',
      { ...trip, travel_from: 'BOS', travel_to: 'SFO' },
      refused('No available route for the given airports.'),
    );
    expectResult(demo, 'book_flight', { ...trip, card_id: poor }, refused('Insufficient funds'));
    expectResult({ ...demo, budget_limit: 7000 }, 'book_flight', trip, refused('Balance is less than budget limit'));
  });
});

describe('bookings and helpers', () => {
  it('sells insurance within the budget limit', () => {
    const bought = env.call(env.load(demo), 'purchase_insurance', {
      access_token: token,
      insurance_type: 'comprehensive',
      booking_id: '4471920',
      insurance_cost: 120,
      card_id: rich,
    });
    // Python: random.Random(90210).randint(100000000, 999999999) == 714600642.
    expect(bought.content).toEqual({ insurance_id: '714600642', insurance_status: true });
    expect(bought.state.credit_card_list[rich]?.balance).toBe(6130);
    expectResult(
      demo,
      'purchase_insurance',
      { access_token: token, insurance_type: 'x', booking_id: '4471920', insurance_cost: 1500, card_id: rich },
      {
        insurance_status: false,
        error: 'Exceeded budget limit',
      },
    );
  });

  it('converts currencies both ways and fails on an unknown pair', () => {
    const state = env.load({});
    expect(env.call(state, 'compute_exchange_rate', { base_currency: 'USD', target_currency: 'EUR', value: 100 }).content).toEqual({
      exchanged_value: 80,
    });
    expect(env.call(state, 'compute_exchange_rate', { base_currency: 'RMB', target_currency: 'USD', value: 100 }).content).toEqual({
      exchanged_value: 14.29,
    });
    expectFailure({}, 'compute_exchange_rate', { base_currency: 'EUR', target_currency: 'GBP', value: 1 }, /No available exchange rate/);
  });

  it('verifies only the signed-in traveller, adult, with a US passport', () => {
    const check = (args: Record<string, string>) =>
      env.call(env.load(demo), 'verify_traveler_information', {
        first_name: 'Amara',
        last_name: 'Okafor',
        date_of_birth: '1990-05-04',
        passport_number: 'US123',
        ...args,
      }).content;
    expect(check({})).toEqual({ verification_status: true });
    expect(check({ first_name: 'Ben' })).toEqual({
      verification_status: false,
      verification_failure: 'Cannot book flight information for another user.Expected Amara Okafor, got Ben Okafor',
    });
    expect(check({ date_of_birth: '2010-01-01' })).toMatchObject({ verification_failure: 'Traveler must be at least 18 years old.' });
    expect(check({ date_of_birth: '1990/05/04' })).toMatchObject({
      verification_failure: 'Invalid date of birth format. Please use YYYY-MM-DD.',
    });
    expect(check({ passport_number: 'P123' })).toMatchObject({ verification_failure: 'Passport must be issued by the United States.' });
  });

  it('answers support only for known bookings', () => {
    expectResult(demo, 'contact_customer_support', { booking_id: '1', message: 'hi' }, { error: 'Booking not found' });
    expect(env.call(env.load(demo), 'get_nearest_airport_by_city', { location: 'Crescent Hollow' }).content).toEqual({
      nearest_airport: 'CRH',
    });
  });

  it('lists every fare and the whole booking history in the long-context variant', () => {
    const state = env.load({ ...demo, long_context: true });
    const fares = env.call(state, 'get_flight_cost', {
      travel_from: 'SFO',
      travel_to: 'LAX',
      travel_date: '2024-12-02',
      travel_class: 'economy',
    }).content as { travel_cost_list: number[] };
    expect(fares.travel_cost_list.slice(0, 2)).toEqual([200, 500]);
    expect(fares.travel_cost_list.length).toBeGreaterThan(100);
    const booked = env.call(state, 'book_flight', trip).content as { booking_history: Record<string, unknown> };
    expect(Object.keys(booked.booking_history)).toEqual(expect.arrayContaining(['4471920', 'booking_901', '1674919']));
  });
});
