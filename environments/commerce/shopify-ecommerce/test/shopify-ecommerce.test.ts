import { describe, expect, it } from 'vitest';
import { shopifyEcommerce as env } from '../src/index.js';

const scenario = {
  products: {
    '1': {
      id: 1,
      title: 'Wireless Mouse',
      vendor: 'Tech Gear',
      product_type: 'Electronics',
      variants: [{ id: 1, title: 'Black', price: '29.99', sku: 'M-BLK', inventory_quantity: 100 }],
    },
    '2': { id: 2, title: 'Laptop Stand', vendor: 'Tech Gear', product_type: 'Accessories' },
    '3': { id: 3, title: 'Desk Lamp', vendor: 'tech gear', product_type: 'Electronics' },
  },
  orders: {
    '1001': { id: 1001, name: '#1001', total_price: '29.99', financial_status: 'paid', fulfillment_status: 'fulfilled' },
    '1002': { id: 1002, name: '#1002', total_price: '10.00', financial_status: 'refunded', fulfillment_status: null },
    '1003': { id: 1003, name: '#1003', total_price: '5.00' },
  },
  customers: {
    '1': { id: 1, email: 'john@example.com', first_name: 'John', last_name: 'Doe', orders_count: 1, total_spent: '29.99' },
    '2': { id: 2, email: 'jane@example.com' },
  },
  next_product_id: 4,
  next_order_id: 1004,
  next_customer_id: 3,
  next_variant_id: 2,
};

type Listed<K extends string> = Record<K, { id: number }[]>;
const ids = <K extends string>(content: unknown, key: K) => (content as Listed<K>)[key].map((row) => row.id);

function expectFailure(tool: string, args: Record<string, unknown>, message: string | RegExp) {
  const state = env.load(scenario);
  const outcome = env.call(state, tool, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(state);
}

describe('ShopifyEcommerce', () => {
  it('loads the reference defaults from {} and the demo preset', () => {
    expect(env.load({})).toEqual({
      products: {},
      orders: {},
      customers: {},
      next_product_id: 1,
      next_order_id: 1001,
      next_customer_id: 1,
      next_variant_id: 1,
    });
    const demo = env.loadPreset('demo');
    expect(Object.keys(demo.products)).toHaveLength(10);
    expect(demo.next_order_id).toBe(1001 + Object.keys(demo.orders).length);
  });

  it('stores integer-like keys in canonical form and fills model defaults', () => {
    const state = env.load({ customers: { '01': { email: 'a@b' }, ' 7 ': { email: 'c@d' } } });
    expect(Object.keys(state.customers).sort()).toEqual(['1', '7']);
    expect(state.customers['1']).toEqual({ id: null, email: 'a@b', first_name: '', last_name: '', orders_count: 0, total_spent: '0.00' });
    expect(() => env.load({ customers: { abc: { email: 'a@b' } } })).toThrow(/customers/);
    expect(() => env.load({ products: { '1': { id: 1, title: 't', variants: [{ id: 1, price: 1.5 }] } } })).toThrow(/price/);
  });

  it('filters products by exact vendor and type, and applies the limit like a slice', () => {
    const state = env.load(scenario);
    expect(ids(env.call(state, 'get_products', { vendor: 'Tech Gear' }).content, 'products')).toEqual([1, 2]);
    expect(ids(env.call(state, 'get_products', { product_type: 'Electronics' }).content, 'products')).toEqual([1, 3]);
    expect(ids(env.call(state, 'get_products', { vendor: '', limit: 2 }).content, 'products')).toEqual([1, 2]);
    expect(ids(env.call(state, 'get_products', { limit: -1 }).content, 'products')).toEqual([1, 2]);
    expect(ids(env.call(state, 'get_products', { limit: 0 }).content, 'products')).toEqual([]);
  });

  it('filters orders by status: open, closed, cancelled, and anything else means all', () => {
    const state = env.load(scenario);
    const byStatus = (status: string) => ids(env.call(state, 'get_orders', { status }).content, 'orders');
    expect(byStatus('open')).toEqual([1002, 1003]);
    expect(byStatus('closed')).toEqual([1001]);
    expect(byStatus('cancelled')).toEqual([1002]);
    expect(byStatus('any')).toEqual([1001, 1002, 1003]);
    expect(byStatus('archived')).toEqual([1001, 1002, 1003]);
    expect(ids(env.call(state, 'get_orders', { limit: 1, created_at_min: '2099-01-01' }).content, 'orders')).toEqual([1001]);
  });

  it('filters customers by exact email', () => {
    const state = env.load(scenario);
    expect(ids(env.call(state, 'get_customers', { email: 'jane@example.com' }).content, 'customers')).toEqual([2]);
    expect(ids(env.call(state, 'get_customers', { email: 'JANE@example.com' }).content, 'customers')).toEqual([]);
    expect(ids(env.call(state, 'get_customers', { limit: 1 }).content, 'customers')).toEqual([1]);
  });

  it('creates a product with numbered variants and variant defaults', () => {
    const { state, content } = env.call(env.load(scenario), 'create_product', {
      title: 'Mug',
      vendor: 'Hearth',
      variants: [{ title: 'Blue', price: '12.00', sku: 'MUG-B', inventory_quantity: '5' }, {}],
    });
    expect(content).toEqual({ product: { id: 4, title: 'Mug', body_html: '', vendor: 'Hearth', product_type: '' } });
    expect(state.products['4']?.variants).toEqual([
      { id: 2, title: 'Blue', price: '12.00', sku: 'MUG-B', inventory_quantity: 5 },
      { id: 3, title: 'Default', price: '0.00', sku: '', inventory_quantity: 0 },
    ]);
    expect(state.next_product_id).toBe(5);
    expect(state.next_variant_id).toBe(4);
  });

  it('refuses a bad product without using up ids', () => {
    expectFailure('create_product', { title: '' }, 'Title must be a non-empty string');
    expectFailure('create_product', { title: 'x', variants: [{}, { price: 9.99 }] }, 'Variant 2: price must be a string, got 9.99');
    expectFailure(
      'create_product',
      { title: 'x', variants: [{ inventory_quantity: -2 }] },
      'Variant 1: inventory_quantity must be at least 0, got -2',
    );
  });

  it('places an order: totals with Python rounding, titles from the variant id, customer kept on the order', () => {
    const { state, content } = env.call(env.load(scenario), 'create_order', {
      line_items: [
        { variant_id: 1, quantity: 2, price: '29.99' },
        { variant_id: null, quantity: 1, price: '0.125' },
      ],
      customer: { email: 'new@example.com', first_name: 'Nia' },
      financial_status: 'paid',
    });
    expect(content).toEqual({ order: { id: 1004, name: '#1004', total_price: '60.10', financial_status: 'paid' } });
    const order = state.orders['1004'];
    expect(order?.line_items.map((item) => item.title)).toEqual(['Product Variant 1', 'Product Variant None']);
    expect(order?.customer).toEqual({
      id: null,
      email: 'new@example.com',
      first_name: 'Nia',
      last_name: '',
      orders_count: 0,
      total_spent: '0.00',
    });
    expect(Object.keys(state.customers)).toEqual(['1', '2']);
    expect(state.next_order_id).toBe(1005);

    const tie = env.call(env.load({}), 'create_order', { line_items: [{ variant_id: '7', quantity: 1, price: '0.125' }], customer: {} });
    expect(tie.content).toEqual({ order: { id: 1001, name: '#1001', total_price: '0.12', financial_status: 'pending' } });
    expect(tie.state.orders['1001']?.line_items[0]).toEqual({ title: 'Product Variant 7', quantity: 1, price: '0.125', variant_id: 7 });
    expect(tie.state.orders['1001']?.customer).toBeNull();

    // Prices are read as Python's float() reads them: full-width digits count, a byte-order mark does not.
    const wide = env.call(env.load({}), 'create_order', { line_items: [{ variant_id: 1, quantity: 2, price: '２９.９９' }] });
    expect(wide.content).toMatchObject({ order: { total_price: '59.98' } });
  });

  it('refuses a bad order without using up an order number', () => {
    expectFailure('create_order', { line_items: [] }, 'Line items must be a non-empty list');
    expectFailure('create_order', { line_items: [{ quantity: 1, price: '1' }] }, 'Line item 1 is missing "variant_id"');
    expectFailure(
      'create_order',
      { line_items: [{ variant_id: 1, quantity: 0, price: '1' }] },
      'Line item 1: quantity must be at least 1, got 0',
    );
    expectFailure('create_order', { line_items: [{ variant_id: 1, quantity: 1, price: 1 }] }, 'Line item 1: price must be a string, got 1');
    expectFailure(
      'create_order',
      { line_items: [{ variant_id: 1, quantity: 1, price: 'free' }] },
      'Line item 1: price "free" is not a number',
    );
    expectFailure(
      'create_order',
      { line_items: [{ variant_id: 1, quantity: 1, price: '\ufeff1' }] },
      'Line item 1: price "\ufeff1" is not a number',
    );
    expectFailure('create_order', { line_items: [{ variant_id: 1, quantity: '2', price: '1' }] }, /quantity must be a number/);
    expectFailure(
      'create_order',
      { line_items: [{ variant_id: -1, quantity: 1, price: '1' }] },
      'Line item 1: variant_id must be at least 0, got -1',
    );
    expectFailure(
      'create_order',
      { line_items: [{ variant_id: 1, quantity: 1, price: '1' }], customer: { first_name: 'x' } },
      'Customer is missing "email"',
    );
  });
});
