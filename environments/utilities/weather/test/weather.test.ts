import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { coordinateKey, normalizeCoordinateKeys } from '../src/coordinates.js';
import { weather } from '../src/index.js';

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const before = weather.load(scenario);
  const outcome = weather.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toBe(message);
  expect(outcome.state).toBe(before);
}

const observation = (temperature: number, latitude: number, longitude: number) => ({
  temperature,
  humidity: 50,
  wind: { speed: 10, direction: 90 },
  pressure: 1012,
  latitude,
  longitude,
});

const paris = { latitude: 48.8566, longitude: 2.3522 };
const parisScenario = {
  current_weather: { '48.8566,2.3522': observation(18.5, 48.8566, 2.3522) },
  forecasts: {
    '48.8566,2.3522': {
      temperature: 20,
      precipitation: { chance: 40, amount: 2.5 },
      wind_speed: 12,
      humidity: 60,
      weather_conditions: 'Showers',
      timestamp: '2025-03-18T06:00:00',
      latitude: 48.8566,
      longitude: 2.3522,
      days: 3,
    },
  },
  alerts: {
    '48.8566,2.3522': [
      { severity: 'Severe', urgency: 'Immediate', event: 'Storm', instructions: 'Stay inside', areas: ['Paris'] },
      { severity: 'Minor', urgency: 'Past', event: 'Fog', instructions: 'Drive slowly', active: false },
    ],
  },
  historical_records: {
    '48.8566,2.3522': [
      { temperature: 10, conditions: 'Rain', wind_speed: 5, humidity: 80, pressure: 1000, date: '2025-01-03' },
      { temperature: 11, conditions: 'Sun', wind_speed: 5, humidity: 50, pressure: 1010, date: '2025-01-01' },
      { temperature: 12, conditions: 'Fog', wind_speed: 1, humidity: 99, pressure: 1020, date: '2025-01-02' },
      { temperature: 13, conditions: 'Snow', wind_speed: 9, humidity: 90, pressure: 990, date: '2025-02-01' },
    ],
  },
  saved_locations: { home: { alias: 'home', name: 'Paris flat', ...paris, timezone: 'Europe/Paris' } },
};

describe('Weather — coordinates', () => {
  it('keys a point by four decimals like Python, including ties, negative zero and huge values', () => {
    expect(coordinateKey(40, -74.006)).toBe('40.0000,-74.0060');
    expect(coordinateKey(48.8566, 0.09375)).toBe('48.8566,0.0938');
    expect(coordinateKey(0.03125, -0.03125)).toBe('0.0312,-0.0312');
    expect(coordinateKey(-0, -0.00001)).toBe('-0.0000,-0.0000');
    expect(coordinateKey(1e22, Number.NaN)).toBe('10000000000000000000000.0000,nan');
  });

  it('normalizes scenario keys on load and keeps keys that are not coordinates', () => {
    expect(normalizeCoordinateKeys({ '0.0,0.0': 1, ' 1_0.5, 2e1 ': 2, 'not a key': 3, 'nan,inf': 4 })).toEqual({
      '0.0000,0.0000': 1,
      '10.5000,20.0000': 2,
      'not a key': 3,
      'nan,inf': 4,
    });
    // Python's float() reads full-width digits but not a byte-order mark.
    expect(normalizeCoordinateKeys({ '４０.７,-７４': 1, '\ufeff1,2': 2 })).toEqual({ '40.7000,-74.0000': 1, '\ufeff1,2': 2 });
    // Two spellings of one point: the later value wins.
    expect(normalizeCoordinateKeys({ '1,2': 'a', '1.00000,2.0': 'b' })).toEqual({ '1.0000,2.0000': 'b' });
    const state = weather.load({ current_weather: { '0.0,0.0': observation(1, 0, 0) } });
    expect(Object.keys(state.current_weather)).toEqual(['0.0000,0.0000']);
    expect(weather.call(state, 'get_current_weather', { latitude: 0, longitude: 0 }).content).toMatchObject({ temperature: 1 });
  });

  it('matches a point to four decimals only', () => {
    const { outcomes } = runCalls(weather, parisScenario, [
      ['get_current_weather', { latitude: 48.85664, longitude: 2.35224 }],
      ['get_current_weather', { latitude: 48.85666, longitude: 2.3522 }],
      ['get_current_weather', { latitude: '48.8566', longitude: '2.3522' }],
    ]);
    expect(outcomes[0]?.content).toMatchObject({ temperature: 18.5 });
    expect(outcomes[1]?.content).toEqual({});
    expect(outcomes[2]?.content).toMatchObject({ temperature: 18.5 });
  });
});

describe('Weather — readings', () => {
  it('loads the reference default world from {}: twenty cities and nothing else', () => {
    const state = weather.load({});
    expect(Object.keys(state.city_database)).toHaveLength(20);
    expect(state.current_weather).toEqual({});
    expect(state.saved_locations).toEqual({});
  });

  it('returns current conditions without the stored coordinates, or {} for an unknown point', () => {
    const { outcomes } = runCalls(weather, parisScenario, [
      ['get_current_weather', paris],
      ['get_current_weather', { latitude: 1, longitude: 1 }],
    ]);
    expect(outcomes[0]?.content).toEqual({ temperature: 18.5, humidity: 50, wind: { speed: 10, direction: 90 }, pressure: 1012 });
    expect(outcomes[1]?.content).toEqual({});
  });

  it('returns the single stored forecast whatever `days` says', () => {
    const { outcomes } = runCalls(weather, parisScenario, [
      ['get_forecast', paris],
      ['get_forecast', { ...paris, days: 10 }],
      ['get_forecast', { latitude: 0, longitude: 0 }],
    ]);
    const expected = {
      temperature: 20,
      precipitation: { chance: 40, amount: 2.5 },
      wind_speed: 12,
      humidity: 60,
      weather_conditions: 'Showers',
      timestamp: '2025-03-18T06:00:00',
    };
    expect(outcomes[0]?.content).toEqual(expected);
    expect(outcomes[1]?.content).toEqual(expected);
    expect(outcomes[2]?.content).toEqual({});
  });

  it('looks cities up by exact name and rejects an empty one', () => {
    const { outcomes } = runCalls(weather, {}, [
      ['search_location', { city: 'New York' }],
      ['search_location', { city: 'new york' }],
      ['search_location', { city: 'constructor' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      location: { latitude: 40.7128, longitude: -74.006 },
      population: 8336817,
      country: 'United States',
    });
    expect(outcomes[1]?.content).toEqual({});
    expect(outcomes[2]?.content).toEqual({});
    expectFailure({}, 'search_location', { city: '' }, 'City must be a non-empty string');
  });

  it('shows only active alerts unless active_only is false', () => {
    const { outcomes } = runCalls(weather, parisScenario, [
      ['get_alerts', paris],
      ['get_alerts', { ...paris, active_only: 'false' }],
      ['get_alerts', { latitude: 5, longitude: 5, active_only: false }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      alerts: [{ severity: 'Severe', urgency: 'Immediate', event: 'Storm', instructions: 'Stay inside', areas: ['Paris'] }],
    });
    expect((outcomes[1]?.content as { alerts: { event: string }[] }).alerts.map((a) => a.event)).toEqual(['Storm', 'Fog']);
    expect(outcomes[2]?.content).toEqual({ alerts: [] });
  });

  it('filters history by inclusive date range in stored order, with a Python-style limit', () => {
    const dates = (args: Record<string, unknown>) => {
      const { outcomes } = runCalls(weather, parisScenario, [['get_historical_weather', { ...paris, ...args }]]);
      return (outcomes[0]?.content as { records: { date: string }[] }).records.map((r) => r.date);
    };
    expect(dates({ start_date: '2025-01-01', end_date: '2025-01-31' })).toEqual(['2025-01-03', '2025-01-01', '2025-01-02']);
    expect(dates({ start_date: '2025-01-02', end_date: '2025-01-02' })).toEqual(['2025-01-02']);
    expect(dates({ start_date: '2025', end_date: '2025-12-31', limit: 2 })).toEqual(['2025-01-03', '2025-01-01']);
    expect(dates({ start_date: '2025', end_date: '2025-12-31', limit: 0 })).toEqual([]);
    expect(dates({ start_date: '2025', end_date: '2025-12-31', limit: -1 })).toEqual(['2025-01-03', '2025-01-01', '2025-01-02']);
    expect(dates({ start_date: '2025-02-01', end_date: '2025-01-01' })).toEqual([]);
    const { outcomes } = runCalls(weather, parisScenario, [
      ['get_historical_weather', { latitude: 3, longitude: 3, start_date: 'a', end_date: 'z' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ records: [] });
  });

  it('requires both dates', () => {
    expectFailure(
      parisScenario,
      'get_historical_weather',
      { ...paris, start_date: '', end_date: '2025-01-01' },
      'Start date must be a non-empty string',
    );
    expectFailure(
      parisScenario,
      'get_historical_weather',
      { ...paris, start_date: '2025-01-01', end_date: '' },
      'End date must be a non-empty string',
    );
  });
});

describe('Weather — saved locations', () => {
  it('saves with a UTC timezone, replaces an existing alias in place, lists without timezone', () => {
    const { outcomes, state } = runCalls(weather, parisScenario, [
      ['save_location', { alias: 'cafe', latitude: 48.86, longitude: 2.34, name: 'Café' }],
      ['save_location', { alias: 'home', latitude: -90, longitude: 180, name: 'Pole' }],
      ['list_saved_locations', {}],
      ['get_saved_location', { alias: 'home' }],
    ]);
    expect(outcomes[0]?.content).toBe('Successfully saved location');
    expect(outcomes[2]?.content).toEqual({
      locations: [
        { alias: 'home', name: 'Pole', latitude: -90, longitude: 180 },
        { alias: 'cafe', name: 'Café', latitude: 48.86, longitude: 2.34 },
      ],
    });
    expect(outcomes[3]?.content).toEqual({ alias: 'home', name: 'Pole', timezone: 'UTC', latitude: -90, longitude: 180 });
    expect(state.saved_locations.cafe).toEqual({ alias: 'cafe', name: 'Café', latitude: 48.86, longitude: 2.34, timezone: 'UTC' });
  });

  it('rejects empty names and out-of-range coordinates without saving', () => {
    expectFailure(parisScenario, 'save_location', { alias: '', latitude: 1, longitude: 1, name: 'x' }, 'Alias must be a non-empty string');
    expectFailure(parisScenario, 'save_location', { alias: 'x', latitude: 1, longitude: 1, name: '' }, 'Name must be a non-empty string');
    expectFailure(
      parisScenario,
      'save_location',
      { alias: 'x', latitude: 90.0001, longitude: 1, name: 'x' },
      'Latitude must be between -90 and 90, got 90.0001',
    );
    expectFailure(
      parisScenario,
      'save_location',
      { alias: 'x', latitude: -91, longitude: 200, name: 'x' },
      'Latitude must be between -90 and 90, got -91; Longitude must be between -180 and 180, got 200',
    );
  });

  it('reads one location with its timezone and fails for an unknown alias', () => {
    const { outcomes } = runCalls(weather, parisScenario, [['get_saved_location', { alias: 'home' }]]);
    expect(outcomes[0]?.content).toEqual({ alias: 'home', name: 'Paris flat', timezone: 'Europe/Paris', ...paris });
    expectFailure(parisScenario, 'get_saved_location', { alias: 'office' }, "Location with alias 'office' not found");
    expectFailure(parisScenario, 'get_saved_location', { alias: 'constructor' }, "Location with alias 'constructor' not found");
    expectFailure(parisScenario, 'get_saved_location', { alias: '' }, 'Alias must be a non-empty string');
  });

  it('removes an alias and confirms even when it was not saved', () => {
    const { outcomes, state } = runCalls(weather, parisScenario, [
      ['remove_saved_location', { alias: 'home' }],
      ['remove_saved_location', { alias: 'home' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ confirmation: "Location 'home' has been removed", remaining_count: 0 });
    expect(outcomes[1]?.content).toEqual({ confirmation: "Location 'home' has been removed", remaining_count: 0 });
    expect(state.saved_locations).toEqual({});
    expectFailure(parisScenario, 'remove_saved_location', { alias: '' }, 'Alias must be a non-empty string');
  });
});

describe('Weather — scenarios and demo', () => {
  it('rejects scenarios that break the reference constraints', () => {
    expect(() => weather.load({ current_weather: { '1,1': { ...observation(1, 1, 1), humidity: 101 } } })).toThrow(/humidity/);
    expect(() =>
      weather.load({
        historical_records: { '1,1': [{ temperature: 1, conditions: 'x', wind_speed: 1, humidity: 1, pressure: 1, date: '2025-1-01' }] },
      }),
    ).toThrow(/date/);
    expect(() => weather.load({ saved_locations: { a: { alias: 'a', name: 'n', latitude: 91, longitude: 0 } } })).toThrow(/latitude/);
  });

  it('demo: rounded coordinates, empty cities, active vs expired alerts, the stationless cabin', () => {
    const state = weather.loadPreset('demo');
    const call = (name: string, args: Record<string, unknown>) => weather.call(state, name, args).content;
    const reykjavik = call('search_location', { city: 'Reykjavik' }) as { location: { latitude: number; longitude: number } };
    expect(call('get_current_weather', reykjavik.location)).toMatchObject({ temperature: -1.5 });
    const nairobi = call('search_location', { city: 'Nairobi' }) as { location: { latitude: number; longitude: number } };
    expect(call('get_current_weather', nairobi.location)).toEqual({});
    const miami = { latitude: 25.7617, longitude: -80.1918 };
    expect((call('get_alerts', miami) as { alerts: unknown[] }).alerts).toHaveLength(2);
    expect((call('get_alerts', { ...miami, active_only: false }) as { alerts: unknown[] }).alerts).toHaveLength(3);
    const cabin = call('get_saved_location', { alias: 'cabin' }) as { latitude: number; longitude: number };
    expect(call('get_forecast', { latitude: cabin.latitude, longitude: cabin.longitude })).toEqual({});
  });
});

describe('lax numbers (fuzzing round)', () => {
  it('loads numeric strings in number fields, as pydantic does', () => {
    const state = weather.load({ saved_locations: { a: { alias: 'a', name: 'n', latitude: '12.5', longitude: '-3' } } });
    expect(state.saved_locations.a).toMatchObject({ latitude: 12.5, longitude: -3 });
    expect(() => weather.load({ saved_locations: { a: { alias: 'a', name: 'n', latitude: 'north', longitude: 0 } } })).toThrow(/latitude/);
  });

  it('accepts whole days and limits beyond 2^53', () => {
    const state = weather.load({});
    expect(weather.call(state, 'get_forecast', { latitude: 1, longitude: 1, days: 1e20 }).isError).toBe(false);
    const history = weather.call(state, 'get_historical_weather', {
      latitude: 1,
      longitude: 1,
      start_date: '2024-01-01',
      end_date: '2024-12-31',
      limit: 1e20,
    });
    expect(history.isError).toBe(false);
  });
});
