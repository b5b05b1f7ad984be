import { describe, expect, it } from 'vitest';
import { hkBus } from '../src/index.js';

const demo = () => hkBus.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => hkBus.call(demo(), name, args).content;
const CENTRAL = 'Central (Exchange Square)';

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = hkBus.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('arrivals', () => {
  it('gives the next bus of a route at a stop, with or without a direction', () => {
    expect(call('get_next_bus', { route: '6', stop_name: CENTRAL, direction: 'to Stanley' })).toEqual({
      estimated_arrival_time: '2025-06-02T08:04:00',
      distance_from_stop: 0.6,
    });
    // A route without a direction is filed with an empty direction part; "" and null read the same.
    expect(call('get_next_bus', { route: '960', stop_name: CENTRAL })).toEqual({
      estimated_arrival_time: '2025-06-02T08:09:00',
      distance_from_stop: 1.2,
    });
    expect(call('get_next_bus', { route: '960', stop_name: CENTRAL, direction: '' })).toEqual(
      call('get_next_bus', { route: '960', stop_name: CENTRAL }),
    );
  });

  it('fails when no bus is coming, naming the route and stop', () => {
    expectFailure(
      'get_next_bus',
      { route: '103', stop_name: 'Mong Kok Road' },
      'No arrival information found for route 103 at stop Mong Kok Road',
    );
    expectFailure('get_next_bus', { route: '6', stop_name: CENTRAL }, `No arrival information found for route 6 at stop ${CENTRAL}`);
    expectFailure('get_next_bus', { route: '', stop_name: CENTRAL }, 'Route must be a non-empty string');
  });

  it('lists up to count arrivals, slicing as Python does', () => {
    const times = (count?: number) =>
      (
        call('get_bus_eta', { route: '6', stop_name: CENTRAL, direction: 'to Stanley', ...(count === undefined ? {} : { count }) }) as {
          arrivals: { estimated_arrival_time: string }[];
        }
      ).arrivals.map((a) => a.estimated_arrival_time.slice(11, 16));
    expect(times()).toEqual(['08:04', '08:16', '08:31']);
    expect(times(10)).toEqual(['08:04', '08:16', '08:31', '08:45']);
    expect(times(-1)).toEqual(['08:04', '08:16', '08:31']);
    expect(times(0)).toEqual([]);
    expect(call('get_bus_eta', { route: '6', stop_name: 'Nowhere' })).toEqual({ arrivals: [] });
  });
});

describe('routes and stops', () => {
  it('finds routes by destination, narrowed by origin when one is given', () => {
    const numbers = (args: Record<string, unknown>) =>
      (call('find_buses_to_destination', args) as { routes: { route_number: string }[] }).routes.map((r) => r.route_number);
    expect(numbers({ destination: 'central' }).sort()).toEqual(['1A', '6', '960', 'A11']);
    expect(numbers({ destination: 'central', origin: 'star' })).toEqual(['1A']);
    expect(numbers({ destination: 'central', origin: '' }).sort()).toEqual(['1A', '6', '960', 'A11']);
    expectFailure('find_buses_to_destination', { destination: '' }, 'Destination must be a non-empty string');
  });

  it('lists a route’s stops for its direction', () => {
    expect(call('get_route_stops_info', { route: '1A', direction: 'to Star Ferry' })).toEqual({
      stops: [
        { stop_order: 1, stop_name: 'Sau Mau Ping (Central)' },
        { stop_order: 2, stop_name: 'Mong Kok Road' },
        { stop_order: 3, stop_name: 'Star Ferry' },
      ],
    });
    expect(call('get_route_stops_info', { route: '1A' })).toEqual({ stops: [] });
    expect((call('get_route_stops_info', { route: '960' }) as { stops: unknown[] }).stops).toHaveLength(4);
  });

  it('lists the routes at a stop with "" for a route without direction', () => {
    expect(call('get_all_routes_at_stop', { stop_name: 'Mong Kok Road' })).toEqual({
      routes: [
        { route_number: '1A', route_name: 'Star Ferry - Sau Mau Ping (Central)', direction: 'to Sau Mau Ping' },
        { route_number: '103', route_name: 'Pokfield Road - Chuk Yuen Estate via Mong Kok', direction: '' },
      ],
    });
    expect(call('get_all_routes_at_stop', { stop_name: 'mong kok road' })).toEqual({ routes: [] });
  });

  it('finds stops by part of their name, and connections between two stops', () => {
    expect(call('find_stop_by_name', { stop_name: 'STAN' })).toEqual({
      stops: [{ stop_id: '004512', stop_name: 'Stanley Village', location: { latitude: 22.2188, longitude: 114.2126 } }],
    });
    expect(
      call('search_route_by_stops', { from_stop_name: 'Airport (Ground Transportation Centre)', to_stop_name: 'Stanley Village' }),
    ).toEqual({
      routes: [
        { route_number: 'A11', transfer_information: { is_direct: false, transfer_stops: [CENTRAL] } },
        { route_number: '6', transfer_information: { is_direct: false, transfer_stops: [CENTRAL] } },
      ],
    });
    expect(call('search_route_by_stops', { from_stop_name: 'Stanley Village', to_stop_name: CENTRAL })).toEqual({ routes: [] });
    expectFailure('search_route_by_stops', { from_stop_name: 'A', to_stop_name: '' }, 'To stop name must be a non-empty string');
  });
});

describe('scenario', () => {
  it('is empty from {} and refuses coordinates and timestamps out of shape', () => {
    expect(hkBus.load({})).toEqual({ stops: {}, routes: {}, route_stops: {}, stop_routes: {}, bus_arrivals: {}, route_connections: {} });
    expect(() => hkBus.load({ stops: { s: { stop_id: 's', stop_name: 'S', location: { latitude: 95, longitude: 0 } } } })).toThrow(
      /latitude/,
    );
    expect(() => hkBus.load({ bus_arrivals: { k: [{ estimated_arrival_time: '08:00', distance_from_stop: 1 }] } })).toThrow(
      /estimated_arrival_time/,
    );
  });
});
