import { describe, expect, it } from 'vitest';
import { shopifyEcommerce as env } from '../src/index.js';

describe('numbers read like the reference (fuzzing regressions)', () => {
  it('loads numeric text and booleans in integer scenario fields, saving them as numbers', () => {
    const state = env.load({
      products: { '1': { id: '1', title: 'Mug', variants: [{ id: true, price: '5.00', inventory_quantity: ' 4 ' }] } },
      next_product_id: '2',
      next_variant_id: 2.0,
    });
    const saved = env.save(state) as any;
    expect(saved.products['1'].id).toBe(1);
    expect(saved.products['1'].variants[0]).toMatchObject({ id: 1, inventory_quantity: 4 });
    expect(saved.next_product_id).toBe(2);
    expect(() => env.load({ next_order_id: '1e3' })).toThrow(/next_order_id/);
  });

  it('accepts limits beyond 2^53 (capped at 250) and refuses fractional ones', () => {
    const state = env.load({ products: { '1': { id: 1, title: 'Mug' } } });
    const outcome = env.call(state, 'get_products', { limit: 1e18 });
    expect(outcome.isError).toBe(false);
    expect((outcome.content as any).products).toHaveLength(1);
    const none = env.call(state, 'get_products', { limit: -1e18 });
    expect((none.content as any).products).toEqual([]);
    const bad = env.call(state, 'get_orders', { limit: 2.5 });
    expect(bad.isError).toBe(true);
    expect(bad.content).toEqual({ message: expect.stringContaining('limit') });
    expect(bad.state).toBe(state);
  });
});
