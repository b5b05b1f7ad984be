import { describe, expect, it } from 'vitest';
import { didi } from '../src/index.js';

type Outcome = ReturnType<typeof didi.call>;
type Args = Record<string, unknown>;

const TIANANMEN = { latitude: 39.9042, longitude: 116.4074 };
const NORTH_EAST = { latitude: 39.9542, longitude: 116.4574 };
const ORDERS = {
  P1: { order_id: 'P1', status: 'pending', estimated_arrival: 400 },
  A1: { order_id: 'A1', status: 'accepted', driver_name: 'Li', driver_phone: '1', license_plate: 'x' },
  C1: { order_id: 'C1', status: 'completed' },
  X1: { order_id: 'X1', status: 'cancelled' },
};

const content = (outcome: Outcome) => outcome.content as Record<string, unknown>;

function succeed(state: ReturnType<typeof didi.load>, name: string, args: Args, options = {}): Outcome {
  const outcome = didi.call(state, name, args, options);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return outcome;
}

function expectFailure(name: string, args: Args, message: string | RegExp, start = didi.load({ orders: ORDERS })): Outcome {
  const outcome = didi.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
  return outcome;
}

describe('scenario', () => {
  it('{} loads the reference world: Tiananmen Square, three place categories, five addresses, four routes', () => {
    const state = didi.load({});
    expect(state.current_location).toEqual(TIANANMEN);
    expect(Object.keys(state.places_database)).toEqual(['restaurant', 'hotel', 'gas station']);
    expect(Object.keys(state.address_database)).toHaveLength(5);
    expect(Object.keys(state.route_database)).toHaveLength(4);
    expect(state).toMatchObject({ orders: {}, estimates: {}, random_seed: null, current_time: '2024-01-01T00:00:00' });
  });

  it('refuses a clock that is not YYYY-MM-DDTHH:MM:SS and a latitude out of range', () => {
    expect(() => didi.load({ current_time: '2024-01-01 00:00' })).toThrow(/current_time/);
    expect(() => didi.load({ current_location: { latitude: 91, longitude: 0 } })).toThrow(/latitude/);
  });
});

describe('get_current_location', () => {
  it('returns the scenario position', () => {
    expect(succeed(didi.loadPreset('demo'), 'get_current_location', {}).content).toEqual({
      location: { latitude: 31.2304, longitude: 121.4737 },
    });
  });
});

describe('maps_direction', () => {
  it('returns a stored route as stored, reading coordinates given as text', () => {
    const outcome = succeed(didi.load({}), 'maps_direction', {
      mode: 'driving',
      origin_location: { latitude: '39.9042', longitude: 116.4074 },
      destination_location: { latitude: 39.9142, longitude: 116.3974 },
    });
    expect(outcome.content).toEqual({
      distance: 2000,
      duration: 480,
      transfers: null,
      route: [
        { lat: 39.9042, lng: 116.4074 },
        { lat: 39.9092, lng: 116.4024 },
        { lat: 39.9142, lng: 116.3974 },
      ],
    });
  });

  it('estimates an unknown route from the straight line: walking at 1.39 m/s through the midpoint', () => {
    const outcome = succeed(didi.load({}), 'maps_direction', {
      mode: 'walking',
      origin_location: TIANANMEN,
      destination_location: NORTH_EAST,
    });
    expect(outcome.content).toEqual({
      distance: 7848,
      duration: 5646,
      route: [
        { lat: 39.9042, lng: 116.4074 },
        { lat: 39.9292, lng: 116.4324 },
        { lat: 39.9542, lng: 116.4574 },
      ],
    });
  });

  it('gives transit one transfer, and a bus leg only when a city is named', () => {
    const state = didi.load({});
    const args = { mode: 'transit', origin_location: TIANANMEN, destination_location: NORTH_EAST };
    expect(succeed(state, 'maps_direction', args).content).toEqual({
      distance: 7848,
      duration: 1411,
      transfers: 1,
      route: [{ type: 'subway', line: 'Line 1', stops: 3 }],
    });
    const withCity = succeed(state, 'maps_direction', { ...args, city: 'Beijing' });
    expect(content(withCity).route).toEqual([
      { type: 'subway', line: 'Line 1', stops: 3 },
      { type: 'bus', line: 'Bus 101', stops: 2 },
    ]);
    expect(content(succeed(state, 'maps_direction', { ...args, city: '' })).route).toHaveLength(1);
  });

  it('refuses an empty or unknown mode, empty locations and out-of-range coordinates', () => {
    const ok = { mode: 'driving', origin_location: TIANANMEN, destination_location: NORTH_EAST };
    expectFailure('maps_direction', { ...ok, mode: '' }, /mode must be a non-empty string/);
    expectFailure('maps_direction', { ...ok, mode: 'Driving' }, /Unknown mode "Driving"/);
    expectFailure('maps_direction', { ...ok, origin_location: {} }, /origin_location must be a non-empty object/);
    expectFailure('maps_direction', { ...ok, destination_location: {} }, /destination_location must be a non-empty object/);
    expectFailure(
      'maps_direction',
      { ...ok, destination_location: { latitude: 95, longitude: 0 } },
      /Invalid destination_location: latitude/,
    );
    expectFailure('maps_direction', { ...ok, origin_location: { latitude: 1 } }, /Invalid origin_location: longitude/);
  });
});

describe('maps_place_around', () => {
  const around = (args: Args, state = didi.load({})) =>
    (succeed(state, 'maps_place_around', { location: TIANANMEN, ...args }).content as { places: { name: string }[] }).places.map(
      (place) => place.name,
    );

  it('matches a category by name and keeps its places within max_distance meters', () => {
    expect(around({ keywords: 'hotel', max_distance: '1000' })).toEqual(['Grand Hotel Beijing', 'Business Inn', 'City Center Hotel']);
    expect(around({ keywords: 'hotel', max_distance: ' 1_000 ' })).toHaveLength(3);
  });

  it('matches a whole category when any keyword appears in one of its place names', () => {
    expect(around({ keywords: 'Sushi bar' })).toEqual([
      'Golden Dragon Restaurant',
      'Sichuan Cuisine House',
      'Italian Bistro',
      'Japanese Sushi Bar',
      'French Cafe',
    ]);
  });

  it('falls back to the first three places of a category for everyday words with no match', () => {
    expect(around({ keywords: 'food' })).toEqual(['Golden Dragon Restaurant', 'Sichuan Cuisine House', 'Italian Bistro']);
    // "hotel" matches its category, but nothing is within 0 m: the fallback ignores the radius.
    expect(around({ keywords: 'hotel', max_distance: '0' })).toEqual(['Grand Hotel Beijing', 'Business Inn', 'Airport Hotel']);
    expect(around({ keywords: 'museum' })).toEqual([]);
  });

  it('treats a blank keyword as text inside "gas station", as Python substring search does', () => {
    expect(around({ keywords: ' ', max_distance: '2500' })).toEqual(['Shell Gas Station', 'PetroChina Station']);
  });

  it('finds the demo world’s two Manner cafés (Seesaw is past 3 km) and nothing at the empty car wash', () => {
    const demo = didi.loadPreset('demo');
    expect(around({ keywords: 'manner', max_distance: '3000' }, demo)).toEqual([
      'Manner Coffee (Nanjing West Rd)',
      'Manner Coffee (Lujiazui)',
    ]);
    expect(around({ keywords: 'car wash' }, demo)).toEqual([]);
  });

  it('refuses empty keywords, an empty location and a radius that is not a whole number', () => {
    expectFailure('maps_place_around', { keywords: '', location: TIANANMEN }, /keywords must be a non-empty string/);
    expectFailure('maps_place_around', { keywords: 'hotel', location: {} }, /location must be a non-empty object/);
    expectFailure(
      'maps_place_around',
      { keywords: 'hotel', location: TIANANMEN, max_distance: '1.5' },
      /max_distance must be a whole number/,
    );
  });
});

describe('maps_regeocode', () => {
  it('returns a stored address for a known point', () => {
    expect(succeed(didi.load({}), 'maps_regeocode', { location: { latitude: 39.9142, longitude: 116.3974 } }).content).toEqual({
      address: 'Forbidden City, Beijing',
      province: 'Beijing',
      city: 'Beijing',
      district: 'Dongcheng',
      street: '4 Jingshan Front St',
    });
  });

  it('describes any other point generically, with coordinates printed as Python floats', () => {
    expect(succeed(didi.load({}), 'maps_regeocode', { location: { latitude: 40, longitude: 116 } }).content).toEqual({
      address: '40.0, 116.0',
      province: 'Beijing',
      city: 'Beijing',
      district: 'Unknown District',
      street: 'Street near 40.0, 116.0',
    });
  });

  it('reads a location given as JSON text', () => {
    const outcome = succeed(didi.load({}), 'maps_regeocode', { location: '{"latitude": 39.9042, "longitude": 116.4074}' });
    expect(content(outcome).address).toBe('Tiananmen Square, Beijing');
  });

  it('refuses an empty location and a non-numeric coordinate', () => {
    expectFailure('maps_regeocode', { location: {} }, /location must be a non-empty object/);
    expectFailure('maps_regeocode', { location: { latitude: 'north', longitude: 1 } }, /Invalid location: latitude/);
  });
});

describe('taxi_estimate', () => {
  it('prices four vehicle types from the straight-line distance and stores the quote', () => {
    const outcome = succeed(didi.load({ random_seed: 42 }), 'taxi_estimate', {
      origin_location: TIANANMEN,
      destination_location: NORTH_EAST,
    });
    // 2824 is what Python's random.randint(1000, 9999) gives first after random.seed(42).
    const expected = {
      estimate_trace_id: 'EST_47144_2824',
      products: [
        { product_category: 'economy', price: 23.695999999999998, estimated_duration: 942 },
        { product_category: 'comfort', price: 35.544, estimated_duration: 942 },
        { product_category: 'business', price: 59.24, estimated_duration: 942 },
        { product_category: 'luxury', price: 97.78399999999999, estimated_duration: 942 },
      ],
    };
    expect(outcome.content).toEqual(expected);
    expect(outcome.state.estimates).toEqual({ EST_47144_2824: expected });
  });

  it('refuses empty or invalid locations without storing anything', () => {
    expectFailure('taxi_estimate', { origin_location: {}, destination_location: NORTH_EAST }, /origin_location must be a non-empty object/);
    expectFailure(
      'taxi_estimate',
      { origin_location: TIANANMEN, destination_location: { latitude: 0, longitude: 181 } },
      /Invalid destination_location: longitude/,
    );
  });
});

describe('taxi_create_order', () => {
  const quoted = () =>
    didi.load({
      random_seed: 42,
      estimates: { E1: { estimate_trace_id: 'E1', products: [{ product_category: 'economy', price: 10, estimated_duration: 60 }] } },
    });

  it('books a product of a stored quote as a pending order with a 300–900 s arrival estimate', () => {
    const outcome = succeed(quoted(), 'taxi_create_order', {
      estimate_trace_id: 'E1',
      product_category: 'economy',
      caller_car_phone: '13800000000',
    });
    expect(outcome.content).toEqual({
      order_id: 'ORDER_47144_2824',
      status: 'pending',
      estimated_arrival: 325,
      created_at: '2024-01-01T00:00:00',
    });
    expect(outcome.state.orders).toEqual({
      ORDER_47144_2824: {
        order_id: 'ORDER_47144_2824',
        status: 'pending',
        driver_name: null,
        driver_phone: null,
        license_plate: null,
        estimated_arrival: 325,
      },
    });
  });

  it('books what taxi_estimate just quoted', () => {
    const estimated = succeed(didi.loadPreset('demo'), 'taxi_estimate', { origin_location: TIANANMEN, destination_location: NORTH_EAST });
    const id = content(estimated).estimate_trace_id;
    const booked = succeed(estimated.state, 'taxi_create_order', { estimate_trace_id: id, product_category: 'luxury' }, { callIndex: 1 });
    expect(content(booked).status).toBe('pending');
  });

  it('refuses a missing quote, a category the quote lacks and empty arguments', () => {
    const start = quoted();
    expectFailure('taxi_create_order', { estimate_trace_id: 'E9', product_category: 'economy' }, /Estimate E9 not found/, start);
    expectFailure(
      'taxi_create_order',
      { estimate_trace_id: 'E1', product_category: 'luxury' },
      /luxury is not in estimate E1 \(offered: economy\)/,
      start,
    );
    expectFailure(
      'taxi_create_order',
      { estimate_trace_id: '', product_category: 'economy' },
      /estimate_trace_id must be a non-empty string/,
      start,
    );
    expectFailure(
      'taxi_create_order',
      { estimate_trace_id: 'E1', product_category: '' },
      /product_category must be a non-empty string/,
      start,
    );
  });
});

describe('taxi_query_order', () => {
  it('may assign a driver to a pending order: with random_seed 42 the first look does, as in the reference', () => {
    const outcome = succeed(didi.load({ random_seed: 42, orders: ORDERS }), 'taxi_query_order', {});
    const expected = {
      order_id: 'P1',
      status: 'accepted',
      driver_name: 'Driver 125',
      driver_phone: '13846913810',
      license_plate: '京A42098',
      estimated_arrival: 400,
    };
    expect(outcome.content).toEqual(expected);
    expect(outcome.state.orders.P1).toEqual(expected);
  });

  it('leaves a pending order pending when the draw is above 0.7 (random_seed 2)', () => {
    const start = didi.load({ random_seed: 2, orders: ORDERS });
    const outcome = succeed(start, 'taxi_query_order', { order_id: 'P1' });
    expect(content(outcome).status).toBe('pending');
    expect(outcome.state.orders).toEqual(start.orders);
  });

  it('draws anew on each call, so looking again later can find a driver', () => {
    const start = didi.load({ random_seed: 2, orders: ORDERS });
    const later = succeed(start, 'taxi_query_order', { order_id: 'P1' }, { callIndex: 1 });
    expect(content(later)).toMatchObject({ status: 'accepted', driver_name: 'Driver 657' });
  });

  it('without an order_id, shows the first order that is neither completed nor cancelled', () => {
    const state = didi.load({ orders: { C1: ORDERS.C1, A1: ORDERS.A1 } });
    expect(content(succeed(state, 'taxi_query_order', { order_id: null })).order_id).toBe('A1');
  });

  it('refuses an unknown order, and a lookup when every order is finished', () => {
    expectFailure('taxi_query_order', { order_id: 'NOPE' }, /Order NOPE not found/);
    expectFailure('taxi_query_order', {}, /No unfinished orders found/, didi.load({ orders: { C1: ORDERS.C1, X1: ORDERS.X1 } }));
    expectFailure('taxi_query_order', {}, /No unfinished orders found/, didi.load({}));
  });
});

describe('taxi_cancel_order', () => {
  it('cancels an open order; the refund is immediate only for the reason "不需要了"', () => {
    const start = didi.load({ orders: ORDERS });
    const quick = succeed(start, 'taxi_cancel_order', { order_id: 'P1', reason: '不需要了' });
    expect(quick.content).toEqual({ order_id: 'P1', cancelled_at: '2024-01-01T00:00:00', refund_status: 'refunded' });
    expect(quick.state.orders.P1?.status).toBe('cancelled');
    expect(content(succeed(start, 'taxi_cancel_order', { order_id: 'A1' })).refund_status).toBe('processing');
    expect(content(succeed(start, 'taxi_cancel_order', { order_id: 'A1', reason: 'driver too far' })).refund_status).toBe('processing');
  });

  it('refuses finished, unknown and empty order ids', () => {
    expectFailure('taxi_cancel_order', { order_id: 'C1' }, 'Order C1 is already completed');
    expectFailure('taxi_cancel_order', { order_id: 'X1' }, 'Order X1 is already cancelled');
    expectFailure('taxi_cancel_order', { order_id: 'NOPE' }, /Order NOPE not found/);
    expectFailure('taxi_cancel_order', { order_id: '' }, /order_id must be a non-empty string/);
  });
});

describe('taxi_get_driver_location', () => {
  it('places the driver near central Beijing, as text, for an accepted ride', () => {
    const start = didi.load({ random_seed: 42, orders: ORDERS });
    const outcome = succeed(start, 'taxi_get_driver_location', { order_id: 'A1' });
    expect(outcome.content).toEqual({
      order_id: 'A1',
      driver_lat: '39.90698853596916',
      driver_lng: '116.39790021510444',
      updated_at: '2024-01-01T00:00:00',
    });
    expect(outcome.state).toBe(start);
  });

  it('also answers for a completed ride and for any other status', () => {
    const start = didi.load({ orders: { ...ORDERS, Z1: { order_id: 'Z1', status: 'arriving' } } });
    succeed(start, 'taxi_get_driver_location', { order_id: 'C1' });
    succeed(start, 'taxi_get_driver_location', { order_id: 'Z1' });
  });

  it('refuses pending and cancelled rides and unknown ids', () => {
    expectFailure('taxi_get_driver_location', { order_id: 'P1' }, /not available for order status: pending/);
    expectFailure('taxi_get_driver_location', { order_id: 'X1' }, /not available for order status: cancelled/);
    expectFailure('taxi_get_driver_location', { order_id: 'NOPE' }, /Order NOPE not found/);
    expectFailure('taxi_get_driver_location', { order_id: '' }, /order_id must be a non-empty string/);
  });
});

describe('taxi_generate_ride_app_link', () => {
  it('builds a didirider:// link with Python-formatted coordinates and the product when given', () => {
    const outcome = succeed(didi.load({}), 'taxi_generate_ride_app_link', {
      origin_location: TIANANMEN,
      destination_location: { latitude: 40, longitude: '116.5' },
      product_category: 'comfort',
    });
    expect(outcome.content).toEqual({
      deep_link: 'didirider://ride?from=39.9042,116.4074&to=40.0,116.5&product=comfort',
      from_location: '39.9042,116.4074',
      to_location: '40.0,116.5',
    });
    const plain = succeed(didi.load({}), 'taxi_generate_ride_app_link', {
      origin_location: TIANANMEN,
      destination_location: TIANANMEN,
      product_category: '',
    });
    expect(content(plain).deep_link).toBe('didirider://ride?from=39.9042,116.4074&to=39.9042,116.4074');
  });

  it('refuses empty or invalid locations', () => {
    expectFailure(
      'taxi_generate_ride_app_link',
      { origin_location: TIANANMEN, destination_location: {} },
      /destination_location must be a non-empty object/,
    );
    expectFailure(
      'taxi_generate_ride_app_link',
      { origin_location: { latitude: -91, longitude: 0 }, destination_location: TIANANMEN },
      /Invalid origin_location/,
    );
  });
});

describe('the demo world', () => {
  it('books the stored airport quote and tracks the ride in progress', () => {
    const demo = didi.loadPreset('demo');
    const booked = succeed(demo, 'taxi_create_order', { estimate_trace_id: 'EST_41873_8846', product_category: 'business' });
    expect(content(booked)).toMatchObject({ status: 'pending', created_at: '2025-03-14T08:30:00' });
    expect(content(succeed(demo, 'taxi_get_driver_location', { order_id: 'ORDER_30552_7784' })).order_id).toBe('ORDER_30552_7784');
    expect(
      content(
        succeed(demo, 'maps_direction', {
          mode: 'transit',
          origin_location: { latitude: 31.2235, longitude: 121.4453 },
          destination_location: { latitude: 31.2397, longitude: 121.4998 },
        }),
      ).transfers,
    ).toBe(1);
  });
});
