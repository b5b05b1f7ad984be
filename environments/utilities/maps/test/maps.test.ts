import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { maps } from '../src/index.js';
import { md5Hex } from '@envfleet/kit';
import { pythonTitle } from '../src/text.js';

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const before = maps.load(scenario);
  const outcome = maps.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toBe(message);
  expect(outcome.state).toBe(before);
}

const NEW_YORK = { latitude: 40.7128, longitude: -74.006 };
const LOS_ANGELES = { latitude: 34.0522, longitude: -118.2437 };
type Rows = { rows: { elements: { distance: { value: number } }[] }[] };

describe('Maps — helpers', () => {
  it('computes MD5 like every other implementation', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('The quick brown fox jumps over the lazy dog')).toBe('9e107d9d372bb6826bd81d3542a419d6');
  });

  it("title-cases like Python's str.title()", () => {
    expect(pythonTitle('new york')).toBe('New York');
    expect(pythonTitle("st. john's")).toBe("St. John'S");
    expect(pythonTitle('SAN-JOSE 1st')).toBe('San-Jose 1St');
    expect(pythonTitle('straße')).toBe('Straße');
    expect(pythonTitle('ǆemal')).toBe('ǅemal');
    expect(pythonTitle('ΟΔΟΣ')).toBe('Οδος');
  });
});

describe('Maps — geocoding', () => {
  it('loads the reference default world: twenty US cities with elevations', () => {
    const state = maps.load({});
    expect(Object.keys(state.cityCoordinates)).toHaveLength(20);
    expect(state.elevationData['39.7392,-104.9903']).toBe(1609);
    expect(state.places).toEqual({});
  });

  it('finds known cities whatever their case, decorating the address with the country', () => {
    const { outcomes, state } = runCalls(maps, {}, [
      ['maps_geocode', { city: 'new york' }],
      ['maps_geocode', { city: 'SAN FRANCISCO', country: 'US' }],
      ['maps_geocode', { city: 'Boston', country: '' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ location: NEW_YORK, formatted_address: 'New York', place_id: 'geocode_New_York' });
    expect(outcomes[1]?.content).toMatchObject({ formatted_address: 'San Francisco, US', place_id: 'geocode_San_Francisco' });
    expect(outcomes[2]?.content).toMatchObject({ formatted_address: 'Boston' });
    expect(Object.keys(state.cityCoordinates)).toHaveLength(20);
    const before = maps.load({});
    expect(maps.call(before, 'maps_geocode', { city: 'chicago' }).state).toBe(before);
  });

  it('places an unknown city from the MD5 of its spelling and remembers it under the title-cased name', () => {
    const { outcomes, state } = runCalls(maps, {}, [
      ['maps_geocode', { city: 'atlantis', country: 'GR' }],
      ['maps_geocode', { city: 'ATLANTIS' }],
    ]);
    const location = { latitude: 29.799999999999997, longitude: -131.8 };
    expect(outcomes[0]?.content).toEqual({ location, formatted_address: 'Atlantis, GR', place_id: 'geocode_Atlantis' });
    expect(outcomes[1]?.content).toEqual({ location, formatted_address: 'Atlantis', place_id: 'geocode_Atlantis' });
    expect(state.cityCoordinates.Atlantis).toEqual(location);
  });

  it('rejects names shorter than two characters', () => {
    for (const city of ['', 'x', 'é']) {
      expectFailure({}, 'maps_geocode', { city }, 'City must be a non-empty string with at least 2 characters');
    }
  });

  it('describes a point by the nearest city, the first one on a tie', () => {
    const { outcomes } = runCalls(maps, {}, [
      ['maps_reverse_geocode', { latitude: 40.7, longitude: -74 }],
      ['maps_reverse_geocode', { latitude: 0.03125, longitude: -0.09375 }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      formatted_address: 'New York (40.7000, -74.0000)',
      place_id: 'reverse_40.7000_-74.0000',
      coordinates: { latitude: 40.7, longitude: -74 },
    });
    expect(outcomes[1]?.content).toMatchObject({ formatted_address: 'Boston (0.0312, -0.0938)', place_id: 'reverse_0.0312_-0.0938' });

    const tie = runCalls(maps, { cityCoordinates: { East: { latitude: 0, longitude: 1 }, West: { latitude: 0, longitude: -1 } } }, [
      ['maps_reverse_geocode', { latitude: 0, longitude: 0 }],
    ]);
    expect(tie.outcomes[0]?.content).toMatchObject({ formatted_address: 'East (0.0000, 0.0000)' });
    const empty = runCalls(maps, { cityCoordinates: {} }, [['maps_reverse_geocode', { latitude: 10, longitude: 10 }]]);
    expect(empty.outcomes[0]?.content).toMatchObject({ formatted_address: 'Unknown Location (10.0000, 10.0000)' });
  });
});

describe('Maps — places', () => {
  const scenario = {
    places: {
      p1: { place_id: 'p1', name: 'Cafe', formatted_address: '1 Main St', location: { latitude: 1.5, longitude: 2.5 }, rating: 4.2 },
    },
  };

  it('returns a stored place with nulls for missing details, and a placeholder for an unknown id', () => {
    const { outcomes } = runCalls(maps, scenario, [
      ['maps_place_details', { place_id: 'p1' }],
      ['maps_place_details', { place_id: 'constructor' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      name: 'Cafe',
      formatted_address: '1 Main St',
      location: { latitude: 1.5, longitude: 2.5 },
      place_id: 'p1',
      phone_number: null,
      website: null,
      rating: 4.2,
    });
    expect(outcomes[1]?.content).toEqual({
      name: 'Unknown Place',
      formatted_address: 'Unknown Address',
      location: { latitude: 0, longitude: 0 },
      place_id: 'constructor',
      phone_number: null,
      website: null,
      rating: null,
    });
    expectFailure(scenario, 'maps_place_details', { place_id: '' }, 'Place ID must be a non-empty string');
  });

  it('rejects a scenario with an out-of-range rating', () => {
    expect(() => maps.load({ places: { x: { ...scenario.places.p1, rating: 5.5 } } })).toThrow(/rating/);
  });
});

describe('Maps — distances, elevation, directions', () => {
  it('measures truncated great-circle metres for every origin/destination pair', () => {
    const { outcomes } = runCalls(maps, {}, [
      ['maps_distance_matrix', { origins: [NEW_YORK, LOS_ANGELES], destinations: [LOS_ANGELES, NEW_YORK], mode: 'transit' }],
      [
        'maps_distance_matrix',
        { origins: '[{"latitude": -48.2, "longitude": -175.657298}]', destinations: [{ latitude: 48.2, longitude: 4.342702000000003 }] },
      ],
    ]);
    expect((outcomes[0]?.content as Rows).rows.map((row) => row.elements.map((e) => e.distance.value))).toEqual([
      [3935746, 0],
      [0, 3935746],
    ]);
    // Antipodal points: the formula is clamped instead of failing on a rounding error.
    expect((outcomes[1]?.content as Rows).rows[0]?.elements[0]?.distance.value).toBe(20015086);
  });

  it('validates the lists, the mode and every coordinate', () => {
    const tooMany = Array.from({ length: 26 }, () => NEW_YORK);
    expectFailure({}, 'maps_distance_matrix', { origins: [], destinations: [NEW_YORK] }, 'Origins must be a non-empty list');
    expectFailure({}, 'maps_distance_matrix', { origins: [NEW_YORK], destinations: [] }, 'Destinations must be a non-empty list');
    expectFailure({}, 'maps_distance_matrix', { origins: tooMany, destinations: [NEW_YORK] }, 'Maximum 25 origins allowed');
    expectFailure({}, 'maps_distance_matrix', { origins: [NEW_YORK], destinations: tooMany }, 'Maximum 25 destinations allowed');
    expectFailure(
      {},
      'maps_distance_matrix',
      { origins: [NEW_YORK], destinations: [NEW_YORK], mode: 'walking' },
      'Mode must be one of: driving, bicycling, transit',
    );
    expectFailure(
      {},
      'maps_distance_matrix',
      { origins: [{ latitude: '40', longitude: 1 }], destinations: [NEW_YORK] },
      'origins[0].latitude must be a number, got "40"',
    );
    expectFailure(
      {},
      'maps_distance_matrix',
      { origins: [NEW_YORK, { latitude: 1 }], destinations: [NEW_YORK] },
      'origins[1] is missing "longitude"',
    );
    expectFailure(
      {},
      'maps_distance_matrix',
      { origins: [{ latitude: 1e308, longitude: 0 }], destinations: [{ latitude: -1e308, longitude: 0 }] },
      'Cannot compute a distance between (1e+308, 0) and (-1e+308, 0)',
    );
  });

  it('reads surveyed elevations, invents and remembers the rest, echoing each location', () => {
    const { outcomes, state } = runCalls(maps, {}, [
      [
        'maps_elevation',
        {
          locations: [
            { ...NEW_YORK, label: 'NYC' },
            { latitude: 1, longitude: 2 },
          ],
        },
      ],
      ['maps_elevation', { locations: [{ latitude: 1.00004, longitude: 1.99996 }] }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      elevation_data: [
        { location: { ...NEW_YORK, label: 'NYC' }, elevation: 10, resolution: 10 },
        { location: { latitude: 1, longitude: 2 }, elevation: 1832, resolution: 10 },
      ],
    });
    expect(state.elevationData['1.0000,2.0000']).toBe(1832);
    expect((outcomes[1]?.content as { elevation_data: { elevation: number }[] }).elevation_data[0]?.elevation).toBe(1832);
  });

  it('stores nothing when any location in the request is bad', () => {
    expectFailure(
      {},
      'maps_elevation',
      {
        locations: [
          { latitude: 1, longitude: 2 },
          { latitude: '1', longitude: 2 },
        ],
      },
      'locations[1].latitude must be a number, got "1"',
    );
    expectFailure({}, 'maps_elevation', { locations: [] }, 'Locations must be a non-empty list');
    expectFailure({}, 'maps_elevation', { locations: Array.from({ length: 513 }, () => NEW_YORK) }, 'Maximum 512 locations per request');
  });

  it('draws a schematic two-step route with bounds, keeping coordinates as given', () => {
    const { outcomes } = runCalls(maps, {}, [
      ['maps_directions', { origin_location: NEW_YORK, destination_location: LOS_ANGELES, mode: 'bicycling' }],
      ['maps_directions', { origin_location: { latitude: true, longitude: 0 }, destination_location: { latitude: 1, longitude: false } }],
    ]);
    const midpoint = { latitude: (40.7128 + 34.0522) / 2, longitude: (-74.006 + -118.2437) / 2 };
    expect(outcomes[0]?.content).toEqual({
      routes: [
        {
          bounds: { northeast: { latitude: 40.7128, longitude: -74.006 }, southwest: { latitude: 34.0522, longitude: -118.2437 } },
          legs: [
            {
              distance: { value: 1000 },
              duration: { value: 300 },
              steps: [
                {
                  distance: { value: 333 },
                  duration: { value: 100 },
                  start_location: NEW_YORK,
                  end_location: midpoint,
                  travel_mode: 'bicycling',
                },
                {
                  distance: { value: 666 },
                  duration: { value: 200 },
                  start_location: midpoint,
                  end_location: LOS_ANGELES,
                  travel_mode: 'bicycling',
                },
              ],
            },
          ],
        },
      ],
    });
    // Equal values: the origin's own value is kept, so `true` survives where it ties with 1.
    expect((outcomes[1]?.content as { routes: { bounds: unknown }[] }).routes[0]?.bounds).toEqual({
      northeast: { latitude: true, longitude: 0 },
      southwest: { latitude: true, longitude: 0 },
    });
  });

  it('rejects a bad mode or a location without usable coordinates', () => {
    expectFailure(
      {},
      'maps_directions',
      { origin_location: NEW_YORK, destination_location: LOS_ANGELES, mode: 'walking' },
      'Mode must be one of: driving, bicycling, transit',
    );
    expectFailure(
      {},
      'maps_directions',
      { origin_location: { longitude: 1 }, destination_location: LOS_ANGELES },
      'origin_location is missing "latitude"',
    );
    expectFailure(
      {},
      'maps_directions',
      { origin_location: NEW_YORK, destination_location: { latitude: null, longitude: 1 } },
      'destination_location.latitude must be a number, got null',
    );
  });
});

describe('Maps — demo', () => {
  it('has title-cased city keys, null details, and elevations below sea level', () => {
    const state = maps.loadPreset('demo');
    const call = (name: string, args: Record<string, unknown>) => maps.call(state, name, args);
    expect(call('maps_geocode', { city: "st. john's" }).state).toBe(state);
    expect(call('maps_place_details', { place_id: 'pl_sea_3' }).content).toMatchObject({ phone_number: null, website: null, rating: null });
    expect(call('maps_place_details', { place_id: 'pl_closed_1' }).content).toMatchObject({ name: 'Unknown Place' });
    const badwater = call('maps_elevation', { locations: [{ latitude: 36.2297, longitude: -116.767 }] });
    expect(badwater.content).toMatchObject({ elevation_data: [{ elevation: -86 }] });
    expect(badwater.state).toBe(state);
  });
});

describe('lax numbers (fuzzing round)', () => {
  it('loads numeric strings in coordinates and elevations, as pydantic does', () => {
    const state = maps.load({
      cityCoordinates: { Oslo: { latitude: '59.91', longitude: '10.75' } },
      elevationData: { '1.0000,2.0000': '12' },
    });
    expect(state.cityCoordinates.Oslo).toEqual({ latitude: 59.91, longitude: 10.75 });
    expect(state.elevationData['1.0000,2.0000']).toBe(12);
    expect(() => maps.load({ cityCoordinates: { Oslo: { latitude: 'north', longitude: 0 } } })).toThrow(/latitude/);
  });
});
