import { describe, expect, it } from 'vitest';
import { airline } from '../src/index.js';

type Outcome = ReturnType<typeof airline.call>;

const demo = () => airline.loadPreset('demo');

function succeed(state: ReturnType<typeof demo>, name: string, args: Record<string, unknown>): Outcome {
  const outcome = airline.call(state, name, args);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return outcome;
}

// A failing call reports the message and hands back the very same state object.
function expectFailure(state: ReturnType<typeof demo>, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const outcome = airline.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

const booking = {
  user_id: 'usr_sofia_alvarez',
  origin: 'ORD',
  destination: 'SFO',
  flight_type: 'one_way',
  cabin: 'premium_economy',
  flights: [{ flight_number: 'EA210', price: 389.0 }],
  passengers: [{ first_name: 'Sofía', last_name: 'Álvarez' }],
  payment_method: 'credit_card_6604',
  total_baggages: 2,
  nonfree_baggages: 2,
  insurance: true,
};

describe('Airline scenario', () => {
  it('loads {} as an empty airline with the reference fees', () => {
    const state = airline.load({});
    expect(state).toEqual({
      airports: [],
      flights: {},
      flight_statuses: {},
      users: {},
      reservations: {},
      baggage_fees: { economy: 25, business: 0, first: 0 },
      insurance_fee: 15,
    });
  });

  it('validates codes and prices as the reference models do', () => {
    expect(() => airline.load({ airports: [{ iata: 'jfk', city: 'New York' }] })).toThrow(/iata/);
    const flight = { flight_number: 'EA12345', origin: 'JFK', destination: 'LAX', scheduled_departure: '2025-01-01T00:00:00' };
    expect(() => airline.load({ flights: { X: flight } })).toThrow(/flight_number/);
    expect(() =>
      airline.load({ reservations: { R: { reservation_id: 'R', user_id: 'u', total_price: -1, status: 'confirmed' } } }),
    ).toThrow(/total_price/);
  });
});

describe('Airline reads', () => {
  it('lists airports in their configured order', () => {
    const { content } = succeed(demo(), 'list_airports', {});
    expect((content as { airports: unknown[] }).airports.slice(0, 2)).toEqual([
      { iata: 'JFK', city: 'New York' },
      { iata: 'LAX', city: 'Los Angeles' },
    ]);
  });

  it('search_flights matches the route and ignores the date', () => {
    const { content } = succeed(demo(), 'search_flights', { origin: 'JFK', destination: 'LAX', date: '2030-01-01' });
    const flights = (content as { flights: { flight_number: string; available_seats: object }[] }).flights;
    expect(flights.map((flight) => flight.flight_number)).toEqual(['EA101', 'EA103']);
    expect(flights[1]).toEqual({
      flight_number: 'EA103',
      origin: 'JFK',
      destination: 'LAX',
      scheduled_departure: '2025-04-14T17:30:00',
      available_seats: { economy: 0, business: 3 },
      prices: { economy: 289, business: 1095 },
    });
    expect(succeed(demo(), 'search_flights', { origin: 'jfk', destination: 'LAX', date: 'x' }).content).toEqual({ flights: [] });
    expectFailure(demo(), 'search_flights', { origin: 'JFK', destination: '', date: '2025-04-14' }, /required/);
  });

  it('get_flight_status answers "unknown" for a date with no record', () => {
    expect(succeed(demo(), 'get_flight_status', { flight_number: 'EA450', date: '2025-04-16' }).content).toEqual({
      flight_number: 'EA450',
      status: 'cancelled',
      date: '2025-04-16',
    });
    expect(succeed(demo(), 'get_flight_status', { flight_number: 'EA450', date: '2025-04-17' }).content).toEqual({
      flight_number: 'EA450',
      status: 'unknown',
      date: '2025-04-17',
    });
    expectFailure(demo(), 'get_flight_status', { flight_number: 'EA450', date: '' }, /required/);
  });

  it('get_user_details and get_reservation_details fail for unknown or empty ids', () => {
    expect(succeed(demo(), 'get_user_details', { user_id: 'usr_sofia_alvarez' }).content).toEqual({
      user_id: 'usr_sofia_alvarez',
      name: 'Sofía Álvarez',
      reservations: [],
      payment_methods: ['credit_card_6604'],
    });
    expectFailure(demo(), 'get_user_details', { user_id: 'usr_nobody' }, 'User usr_nobody not found');
    expectFailure(demo(), 'get_user_details', { user_id: '__proto__' }, 'User __proto__ not found');
    expectFailure(demo(), 'get_user_details', { user_id: '' }, /required/);
    const { content } = succeed(demo(), 'get_reservation_details', { reservation_id: 'RES2F8B7D55' });
    expect(content).toMatchObject({ user_id: 'usr_tom_becker', total_price: 312, status: 'cancelled' });
    expectFailure(demo(), 'get_reservation_details', { reservation_id: 'RESFFFFFFFF' }, /Reservation RESFFFFFFFF not found/);
  });
});

describe('book_reservation', () => {
  it('prices segments + paid bags at the cabin fee (25 when the cabin is not listed) + insurance', () => {
    const { content, state } = succeed(demo(), 'book_reservation', booking);
    const { reservation_id, ...rest } = content as { reservation_id: string };
    expect(reservation_id).toMatch(/^RES[0-9A-F]{8}$/);
    expect(rest).toEqual({ status: 'confirmed', total_price: 454 });
    expect(state.reservations[reservation_id]).toEqual({
      reservation_id,
      user_id: 'usr_sofia_alvarez',
      flights: booking.flights,
      passengers: booking.passengers,
      total_price: 454,
      status: 'confirmed',
    });
    expect(state.users.usr_sofia_alvarez?.reservations).toEqual([reservation_id]);
  });

  it('charges nothing for business bags and counts a true price as 1 and a missing one as 0', () => {
    const args = { ...booking, cabin: 'business', insurance: false, flights: [{ price: true }, { flight_number: 'EA1' }] };
    expect(succeed(demo(), 'book_reservation', args).content).toMatchObject({ total_price: 1 });
  });

  it('books for a user id it does not know without touching users', () => {
    const before = demo();
    const { state } = succeed(before, 'book_reservation', { ...booking, user_id: 'usr_walk_in' });
    expect(state.users).toBe(before.users);
  });

  it('reads arguments leniently: JSON text for lists, "yes" for true, numeric text for counts', () => {
    const args = { ...booking, flights: '[{"price": 5}]', insurance: 'yes', nonfree_baggages: '1', cabin: 'economy' };
    expect(succeed(demo(), 'book_reservation', args).content).toMatchObject({ total_price: 45 });
  });

  it('is deterministic for a given seed and call index', () => {
    const first = airline.call(demo(), 'book_reservation', booking, { seed: 7, callIndex: 3 });
    const second = airline.call(demo(), 'book_reservation', booking, { seed: 7, callIndex: 3 });
    expect(first.content).toEqual(second.content);
  });

  it('refuses missing fields, empty lists, bad prices and a negative total, changing nothing', () => {
    expectFailure(demo(), 'book_reservation', { ...booking, cabin: '' }, /non-empty/);
    expectFailure(demo(), 'book_reservation', { ...booking, passengers: [] }, /at least one/);
    expectFailure(demo(), 'book_reservation', { ...booking, payment_method: '' }, /payment_method/);
    expectFailure(demo(), 'book_reservation', { ...booking, flights: [{ price: '100' }] }, "flights[0].price must be a number, got '100'");
    expectFailure(demo(), 'book_reservation', { ...booking, flights: [{ price: null }] }, /got None/);
    expectFailure(demo(), 'book_reservation', { ...booking, cabin: 'economy', nonfree_baggages: -20 }, /below 0/);
    expectFailure(demo(), 'book_reservation', { ...booking, nonfree_baggages: 2.5 }, /nonfree_baggages/);
    expectFailure(demo(), 'book_reservation', { ...booking, insurance: 'maybe' }, /insurance/);
  });
});

describe('reservation changes', () => {
  it('update_reservation_flights reprices from the new segments and charges only an increase', () => {
    const up = succeed(demo(), 'update_reservation_flights', {
      reservation_id: 'RES4A7C19E2',
      cabin: 'business',
      flights: [
        { flight_number: 'EA101', price: 1180.0 },
        { flight_number: 'EA102', price: 1210.0 },
      ],
      payment_method: 'credit_card_4421',
    });
    expect(up.content).toEqual({ reservation_id: 'RES4A7C19E2', status: 'confirmed', additional_charge: 1675.5 });
    expect(up.state.reservations.RES4A7C19E2?.total_price).toBe(2390);

    const down = succeed(demo(), 'update_reservation_flights', {
      reservation_id: 'RES9B02D6F1',
      cabin: 'economy',
      flights: [{ flight_number: 'EA330', price: 399.0 }],
      payment_method: 'credit_card_4421',
    });
    expect(down.content).toEqual({ reservation_id: 'RES9B02D6F1', status: 'confirmed', additional_charge: 0 });
    expect(down.state.reservations.RES9B02D6F1?.total_price).toBe(399);
    expectFailure(
      demo(),
      'update_reservation_flights',
      { reservation_id: 'RES9B02D6F1', cabin: 'economy', flights: [], payment_method: 'x' },
      /required/,
    );
    expectFailure(
      demo(),
      'update_reservation_flights',
      { reservation_id: 'RESNOPE', cabin: 'economy', flights: [{}], payment_method: 'x' },
      /not found/,
    );
  });

  it('update_reservation_passengers replaces the list', () => {
    const passengers = [{ first_name: 'Hannah', last_name: 'Okafor-Reid' }];
    const { content, state } = succeed(demo(), 'update_reservation_passengers', { reservation_id: 'RES0C4E9A18', passengers });
    expect(content).toEqual({ reservation_id: 'RES0C4E9A18', status: 'confirmed' });
    expect(state.reservations.RES0C4E9A18?.passengers).toEqual(passengers);
    expectFailure(demo(), 'update_reservation_passengers', { reservation_id: 'RES0C4E9A18', passengers: [] }, /required/);
  });

  it('update_reservation_baggage adds 25 per paid bag whatever the cabin', () => {
    const args = { reservation_id: 'RES9B02D6F1', total_baggages: 3, nonfree_baggages: 2, payment_method: 'credit_card_4421' };
    const { content, state } = succeed(demo(), 'update_reservation_baggage', args);
    expect(content).toEqual({ reservation_id: 'RES9B02D6F1', additional_charge: 50 });
    expect(state.reservations.RES9B02D6F1?.total_price).toBe(1370);
    expectFailure(demo(), 'update_reservation_baggage', { ...args, payment_method: '' }, /required/);
    expectFailure(demo(), 'update_reservation_baggage', { ...args, reservation_id: 'RESNOPE' }, /not found/);
  });

  it('cancel_reservation refunds 80%, drops the id from the owner and may repeat', () => {
    const { content, state } = succeed(demo(), 'cancel_reservation', { reservation_id: 'RESC3E58A07' });
    expect(content).toEqual({ reservation_id: 'RESC3E58A07', status: 'cancelled', refund_amount: 285.6 });
    expect(state.users.usr_daniel_kim?.reservations).toEqual([]);
    expect(state.reservations.RESC3E58A07?.status).toBe('cancelled');
    // Already cancelled, and its owner's list no longer holds it: refunded again all the same.
    expect(succeed(demo(), 'cancel_reservation', { reservation_id: 'RES2F8B7D55' }).content).toEqual({
      reservation_id: 'RES2F8B7D55',
      status: 'cancelled',
      refund_amount: 249.60000000000002,
    });
    // The owner is not a known user: the reservation is still cancelled.
    expect(succeed(demo(), 'cancel_reservation', { reservation_id: 'RES0C4E9A18' }).state.reservations.RES0C4E9A18?.status).toBe(
      'cancelled',
    );
    expectFailure(demo(), 'cancel_reservation', { reservation_id: '' }, /required/);
  });
});
