import { describe, expect, it } from 'vitest';
import { airDna as airdna } from '../src/index.js';

const demo = () => airdna.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => airdna.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = airdna.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('get_rental_estimate', () => {
  it('returns the stored estimate for an address on file, however it is spaced or cased', () => {
    expect(call('get_rental_estimate', { address: '  1100 E 6th St, AUSTIN, TX ', bedrooms: 1, bathrooms: 1 })).toEqual({
      estimated_revenue: 71540.5,
      average_daily_rate: 245,
      occupancy_rate: 80,
      confidence_score: 0.92,
    });
  });

  it('models an estimate from rooms elsewhere, capping occupancy at 95% but not in the revenue', () => {
    expect(call('get_rental_estimate', { address: '9 Elm St', bedrooms: 2, bathrooms: 1 })).toEqual({
      estimated_revenue: 230 * 75 * 3.65,
      average_daily_rate: 230,
      occupancy_rate: 75,
      confidence_score: 0.75,
    });
    expect(call('get_rental_estimate', { address: '9 Elm St', bedrooms: 7, bathrooms: '3' })).toEqual({
      estimated_revenue: 197100,
      average_daily_rate: 540,
      occupancy_rate: 95,
      confidence_score: 0.75,
    });
  });

  it('refuses negative rooms and an empty address', () => {
    expectFailure('get_rental_estimate', { address: 'x', bedrooms: -1, bathrooms: 1 }, 'Bedrooms must be a non-negative integer');
    expectFailure('get_rental_estimate', { address: 'x', bedrooms: 1, bathrooms: -2 }, 'Bathrooms must be a non-negative integer');
    expectFailure('get_rental_estimate', { address: '', bedrooms: 1, bathrooms: 1 }, 'Address must be a non-empty string');
  });
});

describe('get_market_data and get_listing_data', () => {
  it('finds a market by city and state regardless of case and surrounding spaces, zeros otherwise', () => {
    expect(call('get_market_data', { city: ' South Lake Tahoe', state: 'ca ' })).toEqual({
      market_score: 69,
      average_adr: 341.7,
      average_occupancy: 44.3,
      active_listings: 2754,
      revpar: 151.4,
    });
    expect(call('get_market_data', { city: 'Austin', state: 'CA' })).toEqual({
      market_score: 0,
      average_adr: 0,
      average_occupancy: 0,
      active_listings: 0,
      revpar: 0,
    });
    expectFailure('get_market_data', { city: 'Austin', state: '' }, 'State must be a non-empty string');
  });

  it('gives a listing’s figures, or its id with zeros', () => {
    expect(call('get_listing_data', { airbnb_property_id: '7741209' })).toMatchObject({
      revenue_ltm: 22950.5,
      number_of_reviews: 41,
      rating: 4.55,
    });
    expect(call('get_listing_data', { airbnb_property_id: 'nope' })).toEqual({
      property_id: 'nope',
      revenue_ltm: 0,
      occupancy_ltm: 0,
      adr_ltm: 0,
      number_of_reviews: 0,
      rating: 0,
    });
  });
});

describe('get_smart_rates', () => {
  it('keeps the days between the two dates, both included, compared as text', () => {
    const { recommendations } = call('get_smart_rates', {
      airbnb_property_id: '53011427',
      start_date: '2025-03-12',
      end_date: '2025-03-14',
    }) as {
      recommendations: { date: string; demand_level: string }[];
    };
    expect(recommendations.map((r) => [r.date, r.demand_level])).toEqual([
      ['2025-03-12', 'high'],
      ['2025-03-13', 'peak'],
      ['2025-03-14', 'peak'],
    ]);
    const asText = call('get_smart_rates', { airbnb_property_id: '53011427', start_date: '2025-03', end_date: '2025-03-12z' }) as {
      recommendations: unknown[];
    };
    expect(asText.recommendations).toHaveLength(3);
    expect(call('get_smart_rates', { airbnb_property_id: '7741209', start_date: '2025-01-01', end_date: '2025-12-31' })).toEqual({
      recommendations: [],
    });
    expectFailure(
      'get_smart_rates',
      { airbnb_property_id: '53011427', start_date: '', end_date: '2025-03-14' },
      'Start date must be a non-empty string',
    );
  });
});

describe('search_markets', () => {
  it('matches the name, the state or the market type', () => {
    const ids = (query: string) =>
      (call('search_markets', { query }) as { markets: { market_id: string }[] }).markets.map((m) => m.market_id);
    expect(ids('austin')).toEqual(['mkt-001', 'mkt-002']);
    expect(ids('ca')).toEqual(['mkt-005']);
    expect(ids('METRO')).toEqual(['mkt-005']);
    expect(ids('zzz')).toEqual([]);
    expectFailure('search_markets', { query: '' }, 'Query must be a non-empty string');
  });
});

describe('scenario', () => {
  it('loads the regulation table from {} and refuses out-of-range figures', () => {
    expect(airdna.load({}).state_regulations.OR).toEqual({ max_rental_days: 90, transient_occupancy_tax: 0.115, permit_required: true });
    const listing = { property_id: 'p', revenue_ltm: 1, occupancy_ltm: 101, adr_ltm: 1, number_of_reviews: 0, rating: 4 };
    expect(() => airdna.load({ listing_data_map: { p: listing } })).toThrow(/occupancy_ltm/);
    const rates = { airbnb_property_id: 'p', start_date: '2025-1-1', end_date: '2025-01-02' };
    expect(() => airdna.load({ smart_rates_map: { p: rates } })).toThrow(/start_date/);
  });
});
