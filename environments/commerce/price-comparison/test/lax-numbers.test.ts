import { describe, expect, it } from 'vitest';
import { priceComparison as env } from '../src/index.js';

describe('numbers read like the reference (fuzzing regressions)', () => {
  it('loads numeric text and booleans in numeric scenario fields, saving them as numbers', () => {
    const state = env.load({
      products: { P1: { pid: 'P1', pos: '3', name: 'Mouse' } },
      retailerPrices: { P1: [{ store_name: 'Amazon', price: '24.99', availability: 'In Stock' }] },
      priceHistory: { P1: [{ date: '2024-01-01', price: true, retailer: 'Amazon' }] },
    });
    const saved = env.save(state) as any;
    expect(saved.products.P1.pos).toBe(3);
    expect(saved.retailerPrices.P1[0].price).toBe(24.99);
    expect(saved.priceHistory.P1[0].price).toBe(1);
  });

  it('accepts positions and retailer caps beyond 2^53, echoing them back', () => {
    const state = env.load({ retailerPrices: { P1: [{ store_name: 'Amazon', price: 1, availability: 'In Stock' }] } });
    const outcome = env.call(state, 'compare_price', { pid: 'P1', pos: 1e18, max_retailers: 2 ** 53 });
    expect(outcome.isError).toBe(false);
    expect(outcome.content).toMatchObject({ pid: 'P1', pos: 1e18 });
    expect((outcome.content as any).retailers).toHaveLength(1);
    const bad = env.call(state, 'price_trend', { pid: 'P1', pos: 0.5 });
    expect(bad.isError).toBe(true);
    expect(bad.content).toEqual({ message: expect.stringContaining('pos') });
    expect(bad.state).toBe(state);
  });
});
