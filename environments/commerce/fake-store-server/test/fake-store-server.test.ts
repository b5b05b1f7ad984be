import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { fakeStoreServer as env } from '../src/index.js';

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

const demo = env.presets.demo as Record<string, unknown>;
const ids = (content: unknown, key: 'products' | 'carts') => (content as Record<string, { id: number }[]>)[key]?.map((r) => r.id);

describe('FakeStoreServer', () => {
  it('loads the reference default world from {}: no products, four categories, five users', () => {
    const state = env.load({});
    expect(state.products).toEqual({});
    expect(state.categories).toEqual(['electronics', 'jewelery', "men's clothing", "women's clothing"]);
    expect(Object.keys(state.user_credentials)).toEqual(['mor_2314', 'johnd', 'kevinryan', 'donero', 'derek']);
    expect(state.next_product_id).toBe(1);
  });

  it('reads loosely written integer keys as the ids they name', () => {
    const product = env.loadPreset('demo').products['1'] as object;
    const state = env.load({ products: { '07': { ...product, id: 7 }, ' 8 ': { ...product, id: 8 } } });
    expect(Object.keys(state.products)).toEqual(['7', '8']);
    expect(() => env.load({ products: { abc: product } })).toThrow(/integer ids/);
  });

  it('lists products by id, ascending or descending, with limit', () => {
    const { outcomes } = runCalls(env, demo, [
      ['get_all_products', { limit: 3 }],
      ['get_all_products', { sort: 'desc', limit: 2 }],
      ['get_all_products', { limit: 0 }],
      ['get_all_products', { limit: -18 }],
    ]);
    expect(ids(outcomes[0]?.content, 'products')).toEqual([1, 2, 3]);
    expect(ids(outcomes[1]?.content, 'products')).toEqual([20, 19]);
    expect(ids(outcomes[2]?.content, 'products')).toHaveLength(20);
    expect(ids(outcomes[3]?.content, 'products')).toEqual([1, 2]);
  });

  it('gets a product by id and filters by exact category', () => {
    const { outcomes } = runCalls(env, demo, [
      ['get_product_by_id', { product_id: '19' }],
      ['get_products_by_category', { category: 'garden' }],
      ['get_products_by_category', { category: 'Jewelery' }],
    ]);
    expect(outcomes[0]?.content).toMatchObject({ id: 19, title: 'Trail Mix Sample Pack', price: 0, rating: { rate: 5, count: 3 } });
    expect(ids(outcomes[1]?.content, 'products')).toEqual([18]);
    expect(outcomes[2]?.content).toEqual({ products: [] });
  });

  it('reports unknown products and empty categories without changing anything', () => {
    expectFailure(demo, 'get_product_by_id', { product_id: 99 }, 'Product 99 not found');
    expectFailure(demo, 'get_products_by_category', { category: '' }, 'Category must be a non-empty string');
  });

  it('creates products with the next id and an empty rating', () => {
    const { outcomes, state } = runCalls(env, demo, [
      [
        'create_product',
        { title: 'Camp Stool', price: '19.5', description: 'Folding aluminium stool', category: 'furniture', image: 'https://x/stool.jpg' },
      ],
    ]);
    expect(outcomes[0]?.content).toEqual({
      id: 21,
      title: 'Camp Stool',
      price: 19.5,
      description: 'Folding aluminium stool',
      category: 'furniture',
      image: 'https://x/stool.jpg',
      rating: { rate: 0, count: 0 },
    });
    expect(state.next_product_id).toBe(22);
    expect(state.categories).not.toContain('furniture');
  });

  it('replaces an existing product when the counter points at its id', () => {
    const { state } = runCalls(env, { ...demo, next_product_id: 2 }, [
      ['create_product', { title: 'Replacement', price: 1, description: 'd', category: 'c', image: 'i' }],
    ]);
    expect(state.products['2']?.title).toBe('Replacement');
    expect(state.next_product_id).toBe(3);
  });

  it('validates new products and leaves the counter alone when one is refused', () => {
    const valid = { title: 't', price: 1, description: 'd', category: 'c', image: 'i' };
    expectFailure(demo, 'create_product', { ...valid, title: '' }, 'Title must be a non-empty string');
    expectFailure(demo, 'create_product', { ...valid, description: '' }, 'Description must be a non-empty string');
    expectFailure(demo, 'create_product', { ...valid, category: '' }, 'Category must be a non-empty string');
    expectFailure(demo, 'create_product', { ...valid, image: '' }, 'Image must be a non-empty string');
    expectFailure(demo, 'create_product', { ...valid, price: -5 }, 'Price must be greater than or equal to 0, got -5');
  });

  it('lists carts and finds the first cart of a user', () => {
    const { outcomes } = runCalls(env, demo, [
      ['get_all_carts', { sort: 'desc', limit: 2 }],
      ['get_user_cart', { user_id: 3 }],
      ['get_user_cart', { user_id: 4 }],
    ]);
    expect(ids(outcomes[0]?.content, 'carts')).toEqual([7, 6]);
    expect(outcomes[1]?.content).toMatchObject({ id: 3, userId: 3 });
    expect(outcomes[2]?.content).toEqual({ id: 5, userId: 4, date: '2025-01-06T12:00:00.000Z', products: [] });
    expectFailure(demo, 'get_user_cart', { user_id: 6 }, 'Cart for user 6 not found');
  });

  it('signs users in with their exact password', () => {
    const { outcomes } = runCalls(env, {}, [['user_login', { username: 'johnd', password: 'm38rmF$' }]]);
    expect(outcomes[0]?.content).toEqual({ token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.johnd' });
    expectFailure({}, 'user_login', { username: 'johnd', password: 'M38RMF$' }, 'Invalid credentials');
    expectFailure({}, 'user_login', { username: 'ghost', password: 'x' }, 'Invalid credentials');
    expectFailure({}, 'user_login', { username: '', password: 'x' }, 'Username must be a non-empty string');
    expectFailure({}, 'user_login', { username: 'johnd', password: '' }, 'Password must be a non-empty string');
  });

  it('reads numeric fields of a scenario the way pydantic does (booleans, numeric text)', () => {
    const product = {
      id: '1',
      title: 't',
      price: ' 9.5 ',
      description: 'd',
      category: 'c',
      image: 'i',
      rating: { rate: true, count: '4' },
    };
    const cart = { id: 1, userId: '2.0', date: '2020-03-02T00:00:00.000Z', products: [{ productId: true, quantity: '3' }] };
    const state = env.load({ products: { 1: product }, carts: { 1: cart }, next_product_id: '5' });
    expect(state.products['1']).toMatchObject({ id: 1, price: 9.5, rating: { rate: 1, count: 4 } });
    expect(state.carts['1']).toMatchObject({ userId: 2, products: [{ productId: 1, quantity: 3 }] });
    expect(state.next_product_id).toBe(5);
    expect(() => env.load({ next_product_id: 'abc' })).toThrow(/next_product_id/);
  });
});
