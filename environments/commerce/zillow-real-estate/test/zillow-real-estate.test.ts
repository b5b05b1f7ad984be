import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { zillowRealEstate as env } from '../src/index.js';

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

const demo = env.presets.demo;

describe('ZillowRealEstate', () => {
  it('loads an empty world from {} and the demo preset', () => {
    expect(env.load({})).toEqual({ properties: {}, comparables_map: {} });
    const state = env.loadPreset('demo');
    expect(Object.keys(state.properties)).toHaveLength(26);
  });

  it('rejects scenarios that break the property constraints', () => {
    const base = env.loadPreset('demo').properties.Z1001;
    expect(() => env.load({ properties: { Z1001: { ...base, state: 'wa' } } })).toThrow(/state/);
    expect(() => env.load({ properties: { Z1001: { ...base, zipcode: '9810' } } })).toThrow(/zipcode/);
    expect(() => env.load({ properties: { Z1001: { ...base, year_built: 1700 } } })).toThrow(/year_built/);
  });

  it('finds a home by street (case-insensitive) and any part of "City, ST zip"', () => {
    const { outcomes } = runCalls(env, demo, [
      ['get_zestimate', { address: '2217 queen anne ave n', city_state_zip: 'Seattle, WA 98109' }],
      ['get_property_details', { address: '100 MAIN ST', city_state_zip: 'tx' }],
      ['get_property_details', { address: '100 Main St', city_state_zip: 'Bellevue' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      zestimate: 1385000,
      value_range_low: 1310000,
      value_range_high: 1460000,
      last_updated: '2025-02-10',
    });
    expect(outcomes[1]?.content).toMatchObject({ zpid: 'Z4001', city: 'Austin', bedrooms: 1 });
    expect(outcomes[2]?.content).toEqual({
      zpid: 'Z2001',
      street: '100 Main St',
      city: 'Bellevue',
      state: 'WA',
      zipcode: '98004',
      bedrooms: 3,
      bathrooms: 2.5,
      sqft: 2050,
      lot_size: 0,
      year_built: 2012,
    });
  });

  it('takes the first listed home when the location part is ambiguous', () => {
    const { outcomes } = runCalls(env, demo, [['get_property_details', { address: '100 Main St', city_state_zip: 'WA' }]]);
    expect(outcomes[0]?.content).toMatchObject({ zpid: 'Z1001', city: 'Seattle' });
  });

  it('reports unknown addresses and empty arguments without changing anything', () => {
    expectFailure(
      demo,
      'get_zestimate',
      { address: '1 Nowhere Rd', city_state_zip: 'Seattle, WA' },
      'Property not found at 1 Nowhere Rd, Seattle, WA',
    );
    expectFailure(
      demo,
      'get_property_details',
      { address: '100 Main St', city_state_zip: 'Seattle, WA 98101, USA' },
      'Property not found at 100 Main St, Seattle, WA 98101, USA',
    );
    expectFailure(demo, 'get_zestimate', { address: '', city_state_zip: 'x' }, 'Address must be a non-empty string');
    expectFailure(
      demo,
      'get_property_details',
      { address: '100 Main St', city_state_zip: '' },
      'City, state, and ZIP must be a non-empty string',
    );
  });

  it('lists comps in ranked order, skipping zpids that are no longer listed', () => {
    const { outcomes } = runCalls(env, demo, [
      ['get_comparables', { zpid: 'Z1001' }],
      ['get_comparables', { zpid: 'Z1002', count: 2 }],
      ['get_comparables', { zpid: 'Z1004' }],
    ]);
    const ids = (o: unknown) => (o as { comparables: { zpid: string }[] }).comparables.map((c) => c.zpid);
    expect(ids(outcomes[0]?.content)).toEqual(['Z1004', 'Z1005', 'Z1003']);
    expect((outcomes[0]?.content as { comparables: unknown[] }).comparables[0]).toEqual({
      zpid: 'Z1004',
      address: '811 E Pike St Unit 402, Seattle, WA 98122',
      price: 375000,
      bedrooms: 0,
      bathrooms: 1,
    });
    expect(ids(outcomes[1]?.content)).toEqual(['Z1006', 'Z1007']);
    expect(ids(outcomes[2]?.content)).toEqual([]);
  });

  it('caps count at 25 and reads a negative count as "all but the last n", like the reference', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => {
        const zpid = `C${i + 1}`;
        return [zpid, { ...env.loadPreset('demo').properties.Z1001, zpid, street: `${i + 1} Comp Rd` }];
      }),
    );
    const scenario = { properties, comparables_map: { C1: Object.keys(properties) } };
    const { outcomes } = runCalls(env, scenario, [
      ['get_comparables', { zpid: 'C1', count: 100 }],
      ['get_comparables', { zpid: 'C1', count: -28 }],
      ['get_comparables', { zpid: 'C1', count: 0 }],
    ]);
    const size = (o: unknown) => (o as { comparables: unknown[] }).comparables.length;
    expect(size(outcomes[0]?.content)).toBe(25);
    expect(size(outcomes[1]?.content)).toBe(2);
    expect(size(outcomes[2]?.content)).toBe(0);
  });

  it('refuses comps for an unknown or empty zpid', () => {
    expectFailure(demo, 'get_comparables', { zpid: 'Z9999' }, 'Property with ZPID Z9999 not found');
    expectFailure(demo, 'get_comparables', { zpid: '' }, 'ZPID must be a non-empty string');
  });

  it('searches a city and state case-insensitively with an inclusive price range', () => {
    const { outcomes } = runCalls(env, demo, [
      ['search_properties', { city: 'springfield', state: 'mo' }],
      ['search_properties', { city: 'Austin', state: 'TX', min_price: 485000, max_price: 899000 }],
      ['search_properties', { city: 'Austin', state: 'TX', min_price: '2000000' }],
    ]);
    expect(outcomes[0]?.content).toMatchObject({ total_count: 3 });
    expect((outcomes[1]?.content as { results: { zpid: string }[] }).results.map((r) => r.zpid)).toEqual([
      'Z4003',
      'Z4004',
      'Z4005',
      'Z4006',
    ]);
    expect(outcomes[2]?.content).toEqual({ results: [], total_count: 0 });
  });

  it('requires a city and a state, and whole-dollar price bounds', () => {
    expectFailure(demo, 'search_properties', { city: '', state: 'WA' }, 'City must be a non-empty string');
    expectFailure(demo, 'search_properties', { city: 'Seattle', state: '' }, 'State must be a non-empty string');
    const before = env.load(demo);
    const outcome = env.call(before, 'search_properties', { city: 'Seattle', state: 'WA', min_price: 1.5 });
    expect(outcome.isError).toBe(true);
    expect((outcome.content as { message: string }).message).toMatch(/min_price/);
    expect(outcome.state).toBe(before);
  });

  it('reads numeric fields of a scenario the way pydantic does (booleans, numeric text)', () => {
    const base = env.loadPreset('demo').properties.Z1001;
    const state = env.load({ properties: { Z1001: { ...base, bedrooms: ' 3 ', bathrooms: '2.5', price: true, sqft: '1_800' } } });
    expect(state.properties.Z1001).toMatchObject({ bedrooms: 3, bathrooms: 2.5, price: 1, sqft: 1800 });
    expect(() => env.load({ properties: { Z1001: { ...base, bedrooms: '1e3' } } })).toThrow(/bedrooms/);
    expect(() => env.load({ properties: { Z1001: { ...base, bedrooms: '1.5' } } })).toThrow(/bedrooms/);
  });
});
