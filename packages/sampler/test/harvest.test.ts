import { describe, expect, it } from 'vitest';
import { harvest } from '../src/harvest.js';

describe('harvest', () => {
  it('leaves room for every top-level collection: a large catalog first does not crowd out the orders after it', () => {
    const products = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [
        `P${i}`,
        { product_id: `P${i}`, name: `Product ${i}`, variants: { [`V${i}`]: { item_id: `V${i}` } } },
      ]),
    );
    const state = { products, orders: { '#W1': { order_id: '#W1', user_id: 'ana_1' } }, users: { ana_1: { user_id: 'ana_1' } } };
    const found = harvest(state, 200);
    expect(found.length).toBeLessThanOrEqual(200);
    const named = (name: string) => found.filter((value) => value.names.includes(name)).map((value) => value.value);
    expect(named('order_id')).toContain('#W1');
    expect(named('user_id')).toContain('ana_1');
    expect(named('product_id').length).toBeGreaterThan(0);
  });
});
