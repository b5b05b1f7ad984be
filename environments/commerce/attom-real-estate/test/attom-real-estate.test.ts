import { describe, expect, it } from 'vitest';
import { attomRealEstate as env } from '../src/index.js';

const home = '123 Main St';
const scenario = {
  property_profiles: {
    [home]: { property_id: 'P1', fips: '06037', apn: '555', address: home, city: 'Los Angeles', state: 'CA', zip: '90210' },
  },
  property_details: {
    [home]: {
      property_id: 'P1',
      address: home,
      sqft: 1800,
      lot_size: 7200,
      bedrooms: 3,
      bathrooms: 2.5,
      year_built: 1985,
      property_type: 'Single Family',
      stories: 1,
      garage_type: 'Attached',
    },
  },
  property_valuations: {
    [home]: {
      estimated_value: 750000,
      value_range_low: 712500,
      value_range_high: 787500,
      confidence_score: 'High',
      valuation_date: '2024-01-15',
    },
  },
  tax_assessments: {
    [home]: {
      assessed_value: 680000,
      assessed_land_value: 200000,
      assessed_improvement_value: 480000,
      tax_amount: 8500,
      tax_year: 2024,
      assessment_year: 2023,
    },
  },
  schools_by_address: {
    [home]: [
      { school_name: 'Near', distance: 0.3, school_type: 'Public', grade_level: 'K-5', rating: 8.5 },
      { school_name: 'Edge', distance: 5, school_type: 'Private', grade_level: '6-12', rating: 9 },
      { school_name: 'Far', distance: 7.2, school_type: 'Charter', grade_level: '9-12', rating: 6 },
    ],
    'Empty Lot': [],
  },
};

function expectFailure(state: ReturnType<typeof env.load>, tool: string, args: Record<string, unknown>, message: string) {
  const outcome = env.call(state, tool, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(state);
}

describe('AttomRealEstate', () => {
  it('loads an empty world from {} and the demo preset', () => {
    expect(env.load({})).toEqual({
      property_profiles: {},
      property_details: {},
      property_valuations: {},
      tax_assessments: {},
      schools_by_address: {},
    });
    const demo = env.loadPreset('demo');
    expect(Object.keys(demo.property_profiles).length).toBeGreaterThan(8);
  });

  it('returns each record by exact address', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'get_property_profile', { address: home }).content).toEqual(scenario.property_profiles[home]);
    expect(env.call(state, 'get_property_details', { address: home }).content).toMatchObject({ bathrooms: 2.5, stories: 1 });
    expect(env.call(state, 'get_property_valuation', { address: home }).content).toMatchObject({
      estimated_value: 750000,
      confidence_score: 'High',
    });
    expect(env.call(state, 'get_tax_assessment', { address: home }).content).toMatchObject({ tax_amount: 8500, assessment_year: 2023 });
  });

  it('filters schools by radius (inclusive, default 5 miles)', () => {
    const state = env.load(scenario);
    const names = (args: Record<string, unknown>) =>
      (env.call(state, 'get_nearby_schools', args).content as { schools: { school_name: string }[] }).schools.map((s) => s.school_name);
    expect(names({ address: home })).toEqual(['Near', 'Edge']);
    expect(names({ address: home, radius: 10 })).toEqual(['Near', 'Edge', 'Far']);
    expect(names({ address: home, radius: '0' })).toEqual([]);
    expect(names({ address: home, radius: -1 })).toEqual([]);
    expect(names({ address: 'Empty Lot' })).toEqual([]);
  });

  it('rejects an empty address and changes nothing', () => {
    const state = env.load(scenario);
    for (const tool of [
      'get_property_profile',
      'get_property_details',
      'get_property_valuation',
      'get_tax_assessment',
      'get_nearby_schools',
    ]) {
      expectFailure(state, tool, { address: '' }, 'Address must be a non-empty string');
    }
  });

  it('names the missing record and the address, which is matched case-sensitively', () => {
    const state = env.load(scenario);
    expectFailure(state, 'get_property_profile', { address: '123 main st' }, 'Property profile not found for address: 123 main st');
    expectFailure(state, 'get_property_details', { address: 'Empty Lot' }, 'Property details not found for address: Empty Lot');
    expectFailure(state, 'get_property_valuation', { address: 'Empty Lot' }, 'Property valuation not found for address: Empty Lot');
    expectFailure(state, 'get_tax_assessment', { address: 'toString' }, 'Tax assessment not found for address: toString');
    expectFailure(state, 'get_nearby_schools', { address: '9 Elsewhere' }, 'Schools data not found for address: 9 Elsewhere');
  });

  it('rejects a fractional radius', () => {
    const state = env.load(scenario);
    const outcome = env.call(state, 'get_nearby_schools', { address: home, radius: 1.5 });
    expect(outcome.isError).toBe(true);
    expect((outcome.content as { message: string }).message).toMatch(/radius/);
    expect(outcome.state).toBe(state);
  });

  it('refuses scenarios that break the field rules', () => {
    const profile = scenario.property_profiles[home];
    expect(() => env.load({ property_profiles: { x: { ...profile, state: 'California' } } })).toThrow(/state/);
    expect(() => env.load({ property_profiles: { x: { ...profile, zip: '9021' } } })).toThrow(/zip/);
    expect(() => env.load({ property_details: { x: { ...scenario.property_details[home], stories: 0 } } })).toThrow(/stories/);
    expect(() =>
      env.load({ schools_by_address: { x: [{ school_name: 's', distance: 1, school_type: 'P', grade_level: 'K', rating: 11 }] } }),
    ).toThrow(/rating/);
  });
});
