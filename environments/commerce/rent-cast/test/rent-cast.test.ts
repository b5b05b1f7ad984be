import { describe, expect, it } from 'vitest';
import { rentCast as env } from '../src/index.js';

const property = (id: string, address: string, city: string, state: string, zipcode: string) => ({
  id,
  address,
  city,
  state,
  zipcode,
  bedrooms: 3,
  bathrooms: 2,
  sqft: 1500,
  year_built: 1990,
  property_type: 'Single Family',
  owner_name: `Owner ${id}`,
});

const scenario = {
  properties: {
    P1: property('P1', '123 Main St', 'Austin', 'TX', '78701'),
    P2: property('P2', '9 Oak Ave', 'Austin', 'TX', '78702'),
    P3: property('P3', '77 ELM ST', 'Portland', 'ME', '04101'),
  },
  valuations: {
    P1: {
      property_id: 'P1',
      estimated_value: 450000,
      value_range_low: 420000,
      value_range_high: 480000,
      confidence_score: 0.85,
      valuation_date: '2025-01-01',
    },
    P3: {
      property_id: 'P3',
      estimated_value: 300000,
      value_range_low: 280000,
      value_range_high: 320000,
      confidence_score: 0.6,
      valuation_date: '2025-01-02',
    },
  },
  sale_listings: [
    {
      id: 'S1',
      address: '123 Main St',
      city: 'Austin',
      state: 'TX',
      list_price: 400000,
      bedrooms: 3,
      bathrooms: 2,
      sqft: 1500,
      days_on_market: 10,
    },
    {
      id: 'S2',
      address: '5 Pine Rd',
      city: 'austin',
      state: 'tx',
      list_price: 650000,
      bedrooms: 4,
      bathrooms: 3,
      sqft: 2400,
      days_on_market: 0,
    },
    {
      id: 'S3',
      address: '1 Bay St',
      city: 'Portland',
      state: 'OR',
      list_price: 500000,
      bedrooms: 2,
      bathrooms: 1,
      sqft: 900,
      days_on_market: 3,
    },
  ],
  rental_listings: [
    {
      id: 'R1',
      address: '9 Oak Ave',
      city: 'Austin',
      state: 'TX',
      monthly_rent: 2000,
      bedrooms: 2,
      bathrooms: 1,
      available_date: '2025-03-01',
    },
    {
      id: 'R2',
      address: '77 Elm St',
      city: 'Portland',
      state: 'ME',
      monthly_rent: 1800,
      bedrooms: 3,
      bathrooms: 2,
      available_date: '2025-04-01',
    },
  ],
  market_data: {
    '78701': {
      zip_code: '78701',
      average_sale_price: 475000,
      average_rent: 2200,
      price_per_sqft: 250,
      inventory_count: 15,
      days_on_market_avg: 30,
    },
  },
};

function expectFailure(tool: string, args: Record<string, unknown>, message: string) {
  const state = env.load(scenario);
  const outcome = env.call(state, tool, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(state);
}

describe('RentCast', () => {
  it('loads an empty world from {} and the demo preset', () => {
    expect(env.load({})).toEqual({ properties: {}, valuations: {}, sale_listings: [], rental_listings: [], market_data: {} });
    const demo = env.loadPreset('demo');
    expect(Object.keys(demo.properties).length).toBeGreaterThan(10);
    expect(demo.sale_listings.length).toBeGreaterThan(5);
  });

  it('finds a property by address ignoring case, but not spacing', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'get_property_by_address', { address: '123 MAIN st' }).content).toEqual(scenario.properties.P1);
    expect(env.call(state, 'get_property_by_address', { address: '77 elm st' }).content).toMatchObject({ id: 'P3' });
    expectFailure('get_property_by_address', { address: '123  Main St' }, 'Property not found at address: 123  Main St');
    expectFailure('get_property_by_address', { address: '' }, 'Address must be a non-empty string');
  });

  it('returns a valuation without its property id, and fails when the property has none', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'get_property_valuation', { address: '123 main st' }).content).toEqual({
      estimated_value: 450000,
      value_range_low: 420000,
      value_range_high: 480000,
      confidence_score: 0.85,
      valuation_date: '2025-01-01',
    });
    expectFailure('get_property_valuation', { address: '9 Oak Ave' }, 'Valuation not found for address: 9 Oak Ave');
    expectFailure('get_property_valuation', { address: 'Nowhere' }, 'Valuation not found for address: Nowhere');
    expectFailure('get_property_valuation', { address: '' }, 'Address must be a non-empty string');
  });

  it('tries every property at an address for a valuation', () => {
    const state = env.load({
      properties: { A: property('A', '1 Same St', 'X', 'TX', '11111'), B: property('B', '1 SAME ST', 'X', 'TX', '11111') },
      valuations: { B: { ...scenario.valuations.P1, property_id: 'B', estimated_value: 5 } },
    });
    expect(env.call(state, 'get_property_by_address', { address: '1 same st' }).content).toMatchObject({ id: 'A' });
    expect(env.call(state, 'get_property_valuation', { address: '1 same st' }).content).toMatchObject({ estimated_value: 5 });
  });

  it('searches sale listings by city/state (any case) and inclusive price bounds', () => {
    const state = env.load(scenario);
    const ids = (args: Record<string, unknown>) =>
      (env.call(state, 'search_sale_listings', args).content as { listings: { id: string }[] }).listings.map((l) => l.id);
    expect(ids({ city: 'AUSTIN', state: 'tx' })).toEqual(['S1', 'S2']);
    expect(ids({ city: 'Austin', state: 'TX', min_price: 400000, max_price: 400000 })).toEqual(['S1']);
    expect(ids({ city: 'Austin', state: 'TX', min_price: '500000' })).toEqual(['S2']);
    expect(ids({ city: 'Portland', state: 'ME' })).toEqual([]);
    expect(env.call(state, 'search_sale_listings', { city: 'Portland', state: 'OR' }).content).toEqual({
      listings: [{ id: 'S3', address: '1 Bay St', list_price: 500000, bedrooms: 2, bathrooms: 1, sqft: 900, days_on_market: 3 }],
    });
  });

  it('searches rentals by city/state and rent bounds', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'search_rental_listings', { city: 'portland', state: 'me', max_rent: 1800 }).content).toEqual({
      listings: [{ id: 'R2', address: '77 Elm St', monthly_rent: 1800, bedrooms: 3, bathrooms: 2, available_date: '2025-04-01' }],
    });
    expect(env.call(state, 'search_rental_listings', { city: 'Austin', state: 'TX', min_rent: 2001 }).content).toEqual({ listings: [] });
  });

  it('requires a city and a state for searches', () => {
    for (const tool of ['search_sale_listings', 'search_rental_listings']) {
      expectFailure(tool, { city: '', state: 'TX' }, 'City must be a non-empty string');
      expectFailure(tool, { city: 'Austin', state: '' }, 'State must be a non-empty string');
    }
    const state = env.load(scenario);
    const fractional = env.call(state, 'search_sale_listings', { city: 'Austin', state: 'TX', min_price: 1.5 });
    expect(fractional.isError).toBe(true);
    expect((fractional.content as { message: string }).message).toMatch(/min_price/);
    expect(fractional.state).toBe(state);
  });

  it('returns ZIP-code market data without the ZIP itself', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'get_market_data', { zip_code: '78701' }).content).toEqual({
      average_sale_price: 475000,
      average_rent: 2200,
      price_per_sqft: 250,
      inventory_count: 15,
      days_on_market_avg: 30,
    });
    expectFailure('get_market_data', { zip_code: '78702' }, 'Market data not found for ZIP code: 78702');
    expectFailure('get_market_data', { zip_code: '' }, 'ZIP code must be a non-empty string');
  });

  it('refuses scenarios that break the field rules', () => {
    expect(() => env.load({ properties: { A: { ...scenario.properties.P1, zipcode: '0210' } } })).toThrow(/zipcode/);
    expect(() => env.load({ valuations: { A: { ...scenario.valuations.P1, confidence_score: 1.2 } } })).toThrow(/confidence_score/);
    expect(() => env.load({ rental_listings: [{ ...scenario.rental_listings[0], available_date: 'soon' }] })).toThrow(/available_date/);
  });
});
