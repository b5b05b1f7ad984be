import { describe, expect, it } from 'vitest';
import { priceComparison as env } from '../src/index.js';

const offer = (store_name: string, price: number, availability = 'In Stock') => ({ store_name, price, availability });
const discount = (discount_percentage: number, start_date: string, end_date: string) => ({
  discount_percentage,
  start_date,
  end_date,
  original_price: 100,
  discounted_price: 100 - discount_percentage,
});

const scenario = {
  products: {
    P1: { pid: 'P1', pos: 1, name: 'Wireless Mouse' },
    P2: { pid: 'P2', pos: 0, name: 'USB-C Hub' },
  },
  retailerPrices: { P1: [offer('Amazon', 24.99), offer('Walmart', 22.99), offer('Target', 25, 'Out of Stock')] },
  priceHistory: {
    P1: [
      { date: '2024-01-01', price: 29.99, retailer: 'Amazon' },
      { date: '2024-01-05', price: 27.5, retailer: 'Target' },
      { date: '2024-02-01', price: 24.99, retailer: 'Amazon' },
    ],
  },
  priceTrends: { P1: [{ date: '2024-03-01', predicted_price: 23.5, trend: 'down' }] },
  discountInfo: { P1: { Amazon: [discount(10, '2023-11-20', '2023-11-27'), discount(5, '2024-06-01', '2024-06-07')] } },
};

function expectFailure(tool: string, args: Record<string, unknown>, message: string) {
  const state = env.load(scenario);
  const outcome = env.call(state, tool, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(state);
}

describe('PriceComparison', () => {
  it('loads the reference defaults from {} and the demo preset', () => {
    const state = env.load({});
    expect(state.products).toEqual({});
    expect(state.retailerList).toHaveLength(10);
    expect(state.availabilityStatuses).toEqual(['In Stock', 'Out of Stock', 'Limited Stock', 'Backorder', 'Pre-order']);
    expect(Object.keys(env.loadPreset('demo').products)).toHaveLength(10);
  });

  it('finds a product by exact name ignoring case, or answers with an empty product', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'get_pid_pos_details', { name: 'wireless MOUSE' }).content).toEqual({
      pid: 'P1',
      pos: 1,
      name: 'Wireless Mouse',
    });
    expect(env.call(state, 'get_pid_pos_details', { name: 'Wireless' })).toMatchObject({
      isError: false,
      content: { pid: '', pos: 0, name: '' },
    });
    expectFailure('get_pid_pos_details', { name: '' }, 'Name must be a non-empty string');
  });

  it('compares prices in listing order, capped by max_retailers, echoing pid and pos', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'compare_price', { pid: 'P1', pos: 1, max_retailers: 2 }).content).toEqual({
      pid: 'P1',
      pos: 1,
      retailers: [offer('Amazon', 24.99), offer('Walmart', 22.99)],
    });
    expect((env.call(state, 'compare_price', { pid: 'P1', pos: 9 }).content as { retailers: unknown[] }).retailers).toHaveLength(3);
    expect(env.call(state, 'compare_price', { pid: 'P2', pos: 0 }).content).toEqual({ pid: 'P2', pos: 0, retailers: [] });
  });

  it('validates pid, pos and max_retailers in that order', () => {
    expectFailure('compare_price', { pid: '', pos: -1, max_retailers: 0 }, 'PID must be a non-empty string');
    expectFailure('compare_price', { pid: 'P1', pos: -1, max_retailers: 0 }, 'POS must be a non-negative integer');
    expectFailure('compare_price', { pid: 'P1', pos: 1, max_retailers: 0 }, 'Max retailers must be a positive integer');
    expectFailure('price_trend', { pid: 'P1', pos: -1 }, 'POS must be a non-negative integer');
    expectFailure('get_price_history', { pid: '', pos: 0 }, 'PID must be a non-empty string');
  });

  it('returns predicted trends, empty for an unknown pid', () => {
    const state = env.load(scenario);
    expect(env.call(state, 'price_trend', { pid: 'P1', pos: 1 }).content).toEqual({
      pid: 'P1',
      pos: 1,
      price_data: scenario.priceTrends.P1,
    });
    expect(env.call(state, 'price_trend', { pid: 'X', pos: 1 }).content).toEqual({ pid: 'X', pos: 1, price_data: [] });
  });

  it('filters price history by exact retailer names; an empty filter keeps all', () => {
    const state = env.load(scenario);
    const stores = (retailers: unknown) =>
      (
        env.call(state, 'get_price_history', { pid: 'P1', pos: 1, retailers }).content as { price_history: { retailer: string }[] }
      ).price_history.map((h) => h.retailer);
    expect(stores(['Target'])).toEqual(['Target']);
    expect(stores('["Amazon"]')).toEqual(['Amazon', 'Amazon']);
    expect(stores(['amazon'])).toEqual([]);
    expect(stores([])).toEqual(['Amazon', 'Target', 'Amazon']);
    expect(stores(null)).toEqual(['Amazon', 'Target', 'Amazon']);
  });

  it('lists every discount of a retailer whatever the time period, and checks the period name', () => {
    const state = env.load(scenario);
    for (const time_period of ['current', 'past', 'upcoming']) {
      expect(env.call(state, 'get_discount_info', { pid: 'P1', pos: 1, retailer: 'Amazon', time_period }).content).toEqual({
        pid: 'P1',
        pos: 1,
        retailer: 'Amazon',
        discounts: scenario.discountInfo.P1.Amazon,
      });
    }
    expect(env.call(state, 'get_discount_info', { pid: 'P1', pos: 1, retailer: 'Walmart', time_period: 'past' }).content).toMatchObject({
      discounts: [],
    });
    expectFailure('get_discount_info', { pid: 'P1', pos: 1, retailer: '', time_period: 'x' }, 'Retailer must be a non-empty string');
    expectFailure(
      'get_discount_info',
      { pid: 'P1', pos: 1, retailer: 'Amazon', time_period: 'Current' },
      "Time period must be one of: 'current', 'past', 'upcoming'",
    );
  });

  it('refuses scenarios that break the field rules', () => {
    expect(() => env.load({ products: { a: { pid: 'a', pos: -1, name: 'x' } } })).toThrow(/pos/);
    expect(() => env.load({ priceHistory: { a: [{ date: '2024/01/01', price: 1, retailer: 'r' }] } })).toThrow(/date/);
    expect(() => env.load({ discountInfo: { a: { r: [discount(101, '2024-01-01', '2024-01-02')] } } })).toThrow(/discount_percentage/);
  });
});
