import { describe, expect, it } from 'vitest';
import { tau2Airline } from '../src/index.js';

// A small airline of our own in τ²'s database shape: a direct JFK→LAX flight, a late JFK→ORD flight
// landing after midnight with an early ORD→LAX connection the next day, and one gold member holding
// one economy reservation.
const seats = (business: number, economy: number, basic_economy: number) => ({ business, economy, basic_economy });
const open = (available: ReturnType<typeof seats>, prices: ReturnType<typeof seats>) => ({
  status: 'available',
  available_seats: available,
  prices,
});
const flight = (number: string, origin: string, destination: string, departs: string, arrives: string, dates: object) => ({
  flight_number: number,
  origin,
  destination,
  scheduled_departure_time_est: departs,
  scheduled_arrival_time_est: arrives,
  dates,
});

const airline = {
  flights: {
    HAT1: flight('HAT1', 'JFK', 'LAX', '06:00:00', '09:00:00', {
      '2024-05-20': open(seats(2, 5, 0), seats(500, 200, 100)),
      '2024-05-21': { status: 'landed', actual_departure_time_est: '2024-05-21T06:02:00', actual_arrival_time_est: '2024-05-21T09:01:00' },
    }),
    HAT3: flight('HAT3', 'JFK', 'ORD', '22:00:00', '01:00:00+1', {
      '2024-05-05': open(seats(5, 5, 5), seats(400, 150, 90)),
      '2024-05-20': open(seats(5, 5, 5), seats(400, 150, 90)),
    }),
    HAT4: flight('HAT4', 'ORD', 'LAX', '05:00:00', '07:30:00', {
      '2024-05-6': open(seats(5, 5, 5), seats(300, 120, 80)),
      '2024-05-21': open(seats(5, 5, 5), seats(300, 120, 80)),
    }),
  },
  users: {
    ada_lee_1: {
      user_id: 'ada_lee_1',
      name: { first_name: 'Ada', last_name: 'Lee' },
      address: { address1: '1 Main St', city: 'Albany', country: 'USA', state: 'NY', zip: '12207' },
      email: 'ada@example.com',
      dob: '1980-01-02',
      payment_methods: {
        credit_card_1: { source: 'credit_card', id: 'credit_card_1', brand: 'visa', last_four: '1111' },
        gift_card_1: { source: 'gift_card', id: 'gift_card_1', amount: 300 },
        certificate_1: { source: 'certificate', id: 'certificate_1', amount: 100 },
      },
      saved_passengers: [],
      membership: 'gold',
      reservations: ['R1'],
    },
  },
  reservations: {
    R1: {
      reservation_id: 'R1',
      user_id: 'ada_lee_1',
      origin: 'JFK',
      destination: 'LAX',
      flight_type: 'one_way',
      cabin: 'economy',
      flights: [{ flight_number: 'HAT1', origin: 'JFK', destination: 'LAX', date: '2024-05-20', price: 200 }],
      passengers: [{ first_name: 'Ada', last_name: 'Lee', dob: '1980-01-02' }],
      payment_history: [{ payment_id: 'credit_card_1', amount: 200 }],
      created_at: '2024-05-01T10:00:00',
      total_baggages: 0,
      nonfree_baggages: 0,
      insurance: 'no',
    },
  },
};

type Json = Record<string, any>;
const start = tau2Airline.load(airline);

function ok(name: string, args: Record<string, unknown>, state = start) {
  const outcome = tau2Airline.call(state, name, args);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return { content: outcome.content as any, state: outcome.state as Json };
}

function fails(name: string, args: Record<string, unknown>, message: string, state = start) {
  const outcome = tau2Airline.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toBe(message);
  expect(outcome.state).toBe(state);
}

const twoTravellers = [
  { first_name: 'Ada', last_name: 'Lee', dob: '1980-01-02' },
  { first_name: 'Bo', last_name: 'Lee', dob: '2010-03-04' },
];
const booking = {
  user_id: 'ada_lee_1',
  origin: 'JFK',
  destination: 'LAX',
  flight_type: 'one_way',
  cabin: 'economy',
  flights: [{ flight_number: 'HAT1', date: '2024-05-20' }],
  passengers: twoTravellers,
  total_baggages: 2,
  nonfree_baggages: 1,
  insurance: 'yes',
};

describe('Tau2Airline scenario', () => {
  it('loads the shipped database from {} and leaves unset optional fields null', () => {
    const db = tau2Airline.load({}) as Json;
    expect(Object.keys(db.flights)).toHaveLength(300);
    expect(Object.keys(db.users)).toHaveLength(500);
    expect(Object.keys(db.reservations)).toHaveLength(2000);
    expect((start as Json).reservations.R1.status).toBeNull();
    expect((start as Json).users.ada_lee_1.address.address2).toBeNull();
  });
});

describe('searching flights', () => {
  it('finds direct flights open for booking on a date, without a date field set', () => {
    const found = ok('search_direct_flight', { origin: 'JFK', destination: 'LAX', date: '2024-05-20' }).content;
    expect(found).toEqual([
      {
        flight_number: 'HAT1',
        origin: 'JFK',
        destination: 'LAX',
        status: 'available',
        scheduled_departure_time_est: '06:00:00',
        scheduled_arrival_time_est: '09:00:00',
        date: null,
        available_seats: seats(2, 5, 0),
        prices: seats(500, 200, 100),
      },
    ]);
    expect(ok('search_direct_flight', { origin: 'JFK', destination: 'LAX', date: '2024-05-21' }).content).toEqual([]);
  });

  it('pairs an overnight flight with a connection the next day, writing that day as τ² does', () => {
    const pairs = ok('search_onestop_flight', { origin: 'JFK', destination: 'LAX', date: '2024-05-20' }).content;
    expect(pairs.map((pair: Json[]) => pair.map((leg) => [leg.flight_number, leg.date]))).toEqual([
      [
        ['HAT3', '2024-05-20'],
        ['HAT4', '2024-05-21'],
      ],
    ]);
    const early = ok('search_onestop_flight', { origin: 'JFK', destination: 'LAX', date: '2024-05-05' }).content;
    expect(early.map((pair: Json[]) => pair.map((leg) => leg.date))).toEqual([['2024-05-05', '2024-05-6']]);
  });

  it('tells a flight status by date, and which part of the lookup failed', () => {
    expect(ok('get_flight_status', { flight_number: 'HAT1', date: '2024-05-21' }).content).toBe('landed');
    fails('get_flight_status', { flight_number: 'HAT1', date: '2024-05-22' }, 'Flight HAT1 not found on date 2024-05-22');
    fails('get_flight_status', { flight_number: 'HAT9', date: '2024-05-20' }, 'Flight HAT9 not found');
  });
});

describe('booking', () => {
  it('books when the payments add up: fares, insurance and bags; spends a certificate whole and takes seats', () => {
    const { content, state } = ok('book_reservation', {
      ...booking,
      payment_methods: [
        { payment_id: 'gift_card_1', amount: 300 },
        { payment_id: 'certificate_1', amount: 100 },
        { payment_id: 'credit_card_1', amount: 110 },
      ],
    });
    expect(content.reservation_id).toBe('HATHAT');
    expect(content.created_at).toBe('2024-05-15T15:00:00');
    expect(content.flights).toEqual([{ flight_number: 'HAT1', origin: 'JFK', destination: 'LAX', date: '2024-05-20', price: 200 }]);
    expect(content.status).toBeNull();
    const user = state.users.ada_lee_1;
    expect(user.payment_methods.gift_card_1.amount).toBe(0);
    expect(user.payment_methods.certificate_1).toBeUndefined();
    expect(user.reservations).toEqual(['R1', 'HATHAT']);
    expect(state.flights.HAT1.dates['2024-05-20'].available_seats.economy).toBe(3);
    const second = ok(
      'book_reservation',
      {
        ...booking,
        passengers: twoTravellers.slice(0, 1),
        insurance: 'no',
        nonfree_baggages: 0,
        payment_methods: [{ payment_id: 'credit_card_1', amount: 200 }],
      },
      state as never,
    );
    expect(second.content.reservation_id).toBe('HATHAU');
  });

  it('refuses a booking τ² refuses, with its message, and changes nothing', () => {
    const pay = (amount: number) => [{ payment_id: 'credit_card_1', amount }];
    fails(
      'book_reservation',
      { ...booking, payment_methods: pay(500) },
      'Payment amount does not add up, total price is 510, but paid 500',
    );
    fails('book_reservation', { ...booking, cabin: 'basic_economy', payment_methods: pay(310) }, 'Not enough seats on flight HAT1');
    fails(
      'book_reservation',
      { ...booking, flights: [{ flight_number: 'HAT1', date: '2024-05-21' }], payment_methods: pay(510) },
      'Flight HAT1 not available on date 2024-05-21',
    );
    fails(
      'book_reservation',
      { ...booking, payment_methods: [{ payment_id: 'certificate_1', amount: 510 }] },
      'Not enough balance in payment method certificate_1',
    );
    fails(
      'book_reservation',
      { ...booking, payment_methods: [{ payment_id: 'paypal_1', amount: 510 }] },
      'Payment method paypal_1 not found',
    );
    fails('book_reservation', { ...booking, user_id: 'nobody', payment_methods: pay(510) }, 'User nobody not found');
  });
});

describe('changing a reservation', () => {
  it('charges $50 per extra non-free bag, not to a certificate, and nothing for fewer bags', () => {
    fails(
      'update_reservation_baggages',
      { reservation_id: 'R1', total_baggages: 2, nonfree_baggages: 2, payment_id: 'certificate_1' },
      'Certificate cannot be used to update reservation',
    );
    const more = ok('update_reservation_baggages', {
      reservation_id: 'R1',
      total_baggages: 2,
      nonfree_baggages: 2,
      payment_id: 'gift_card_1',
    });
    expect(more.content.payment_history[1]).toEqual({ payment_id: 'gift_card_1', amount: 100 });
    expect(more.state.users.ada_lee_1.payment_methods.gift_card_1.amount).toBe(200);
    const fewer = ok(
      'update_reservation_baggages',
      { reservation_id: 'R1', total_baggages: 1, nonfree_baggages: 0, payment_id: 'credit_card_1' },
      more.state as never,
    );
    expect(fewer.content.payment_history).toHaveLength(2);
    expect(fewer.content.nonfree_baggages).toBe(0);
  });

  it('reprices a cabin change and charges the difference; a gift card must cover it', () => {
    const business = ok('update_reservation_flights', {
      reservation_id: 'R1',
      cabin: 'business',
      flights: [{ flight_number: 'HAT1', date: '2024-05-20' }],
      payment_id: 'credit_card_1',
    });
    expect(business.content.cabin).toBe('business');
    expect(business.content.flights[0].price).toBe(500);
    expect(business.content.payment_history[1]).toEqual({ payment_id: 'credit_card_1', amount: 300 });
    const cheaper = ok('update_reservation_flights', {
      reservation_id: 'R1',
      cabin: 'economy',
      flights: [
        { flight_number: 'HAT3', date: '2024-05-20' },
        { flight_number: 'HAT4', date: '2024-05-21' },
      ],
      payment_id: 'gift_card_1',
    });
    // 150 + 120 - 200 paid: a $70 charge taken from the gift card.
    expect(cheaper.content.payment_history[1]).toEqual({ payment_id: 'gift_card_1', amount: 70 });
    expect(cheaper.state.users.ada_lee_1.payment_methods.gift_card_1.amount).toBe(230);
    fails(
      'update_reservation_flights',
      { reservation_id: 'R1', cabin: 'business', flights: [{ flight_number: 'HAT1', date: '2024-05-20' }], payment_id: 'gift_card_9' },
      'Payment method not found',
    );
  });

  it('keeps the number of passengers, and cancels by refunding every payment', () => {
    fails('update_reservation_passengers', { reservation_id: 'R1', passengers: twoTravellers }, 'Number of passengers does not match');
    const renamed = ok('update_reservation_passengers', { reservation_id: 'R1', passengers: twoTravellers.slice(1) });
    expect(renamed.content.passengers).toEqual([{ first_name: 'Bo', last_name: 'Lee', dob: '2010-03-04' }]);
    const cancelled = ok('cancel_reservation', { reservation_id: 'R1' });
    expect(cancelled.content.status).toBe('cancelled');
    expect(cancelled.content.payment_history).toEqual([
      { payment_id: 'credit_card_1', amount: 200 },
      { payment_id: 'credit_card_1', amount: -200 },
    ]);
    fails('cancel_reservation', { reservation_id: 'R9' }, 'Reservation R9 not found');
  });

  it("sends at most three certificates per user, with τ²'s fixed ids", () => {
    let state = start;
    const sent = [];
    for (let i = 0; i < 3; i++) {
      const outcome = ok('send_certificate', { user_id: 'ada_lee_1', amount: 50 }, state);
      sent.push(outcome.content);
      state = outcome.state as never;
    }
    expect(sent[0]).toBe('Certificate certificate_3221322 added to user ada_lee_1 with amount 50.');
    expect(sent[2]).toBe('Certificate certificate_3221324 added to user ada_lee_1 with amount 50.');
    fails('send_certificate', { user_id: 'ada_lee_1', amount: 50 }, 'Too many certificates', state);
  });
});
