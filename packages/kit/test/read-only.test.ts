import { isDraft, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { readOnly } from '../src/read-only.js';

describe('readOnly', () => {
  const state = Object.freeze({
    products: Object.freeze({ p1: Object.freeze({ name: 'Shoe' }) }),
    orders: Object.freeze({ o1: Object.freeze({ qty: 1 }) }),
  });

  it('hands back a part the call has not changed as the state holds it, with no draft', () => {
    produce(state, (draft) => {
      const products = readOnly(draft.products);
      expect(products).toBe(state.products);
      expect(isDraft(products.p1)).toBe(false);
    });
  });

  it('hands back a changed part as it stands, and the write still lands', () => {
    const next = produce(state, (draft) => {
      (draft.orders.o1 as { qty: number }).qty = 2;
      const orders = readOnly(draft.orders);
      expect(isDraft(orders)).toBe(false);
      expect(orders.o1).toEqual({ qty: 2 });
    });
    expect(next.orders.o1).toEqual({ qty: 2 });
    expect(state.orders.o1).toEqual({ qty: 1 });
  });

  it('passes values that are not drafts through', () => {
    expect(readOnly(state.products)).toBe(state.products);
    expect(readOnly(3)).toBe(3);
  });
});
