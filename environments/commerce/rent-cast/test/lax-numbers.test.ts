import { describe, expect, it } from 'vitest';
import { rentCast as env } from '../src/index.js';

const listing = {
  id: 'S1',
  address: '1 A St',
  city: 'Austin',
  state: 'TX',
  list_price: '450000',
  bedrooms: true,
  bathrooms: '2',
  sqft: 1500,
  days_on_market: ' 7 ',
};

describe('numbers read like the reference (fuzzing regressions)', () => {
  it('loads numeric text and booleans in numeric scenario fields, saving them as numbers', () => {
    const state = env.load({
      sale_listings: [listing],
      market_data: {
        '78701': {
          zip_code: '78701',
          average_sale_price: 1,
          average_rent: 2,
          price_per_sqft: 3,
          inventory_count: '4',
          days_on_market_avg: false,
        },
      },
    });
    const saved = env.save(state) as any;
    expect(saved.sale_listings[0]).toMatchObject({ list_price: 450000, bedrooms: 1, bathrooms: 2, days_on_market: 7 });
    expect(saved.market_data['78701']).toMatchObject({ inventory_count: 4, days_on_market_avg: 0 });
  });

  it('accepts price bounds beyond 2^53 and still refuses fractional ones', () => {
    const state = env.load({ sale_listings: [listing] });
    const outcome = env.call(state, 'search_sale_listings', { city: 'Austin', state: 'TX', max_price: 1e18 });
    expect(outcome.isError).toBe(false);
    expect((outcome.content as any).listings).toHaveLength(1);
    const none = env.call(state, 'search_sale_listings', { city: 'Austin', state: 'TX', min_price: 2 ** 53 });
    expect((none.content as any).listings).toEqual([]);
    const bad = env.call(state, 'search_rental_listings', { city: 'Austin', state: 'TX', min_rent: 1.5 });
    expect(bad.isError).toBe(true);
    expect(bad.content).toEqual({ message: expect.stringContaining('min_rent') });
    expect(bad.state).toBe(state);
  });
});
