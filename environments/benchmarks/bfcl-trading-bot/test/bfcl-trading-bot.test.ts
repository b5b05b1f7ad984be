import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclTradingBot as env } from '../src/index.js';
import { demo } from '../src/presets/demo.js';

const loggedIn = { ...demo, authenticated: true };

function expectSoftError(scenario: unknown, name: string, args: Record<string, unknown>, error: string) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.content).toEqual({ error });
  expect(outcome.state).toEqual(before);
}

describe('BfclTradingBot scenario', () => {
  it('loads {} as the class defaults, digit keys as int order ids', () => {
    const state = env.load({});
    expect(state._order_keys).toEqual([12345, 12446]);
    expect(state).toMatchObject({ authenticated: false, market_status: 'Closed', order_counter: 12446, watch_list: ['NVDA'] });
    expect(Object.keys(state.stocks)).toHaveLength(11);
  });

  it("keeps a benchmark entry's odd order keys, in Python's order, and reads random_seed", () => {
    const state = env.load({ orders: { '007': { status: 'Open' }, order_type: 'Buy' }, random_seed: 3 });
    expect(state._order_keys).toEqual([7, 'order_type']);
    expect(state.orders).toEqual({ 7: { status: 'Open' }, order_type: 'Buy' });
    expect(state._random_seed).toBe(3);
    expect(env.load(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe('orders', () => {
  it('places an order stored as Open, reported as Pending, appended after text keys', () => {
    const start = { ...loggedIn, orders: { 12345: { status: 'Completed' }, order_type: 'Buy' }, order_counter: 12446 };
    const { outcomes, state } = runCalls(env, start, [
      ['place_order', { order_type: 'Buy', symbol: 'AAPL', price: 210, amount: 10 }],
      ['get_order_history', {}],
      ['get_order_details', { order_id: 12446 }],
    ]);
    expect(outcomes[0]?.content).toEqual({ order_id: 12446, order_type: 'Buy', status: 'Pending', price: 210, amount: 10 });
    expect(outcomes[1]?.content).toEqual({ history: [12345, 'order_type', 12446] });
    expect(outcomes[2]?.content).toEqual({ id: 12446, order_type: 'Buy', symbol: 'AAPL', price: 210, amount: 10, status: 'Open' });
    expect(state.order_counter).toBe(12447);
    expect(state.account_info.balance).toBe(4210.55);
  });

  it('refuses orders as results: no login, unknown symbol, bad amounts, too little money', () => {
    expectSoftError(
      demo,
      'place_order',
      { order_type: 'Buy', symbol: 'AAPL', price: 1, amount: 1 },
      'User not authenticated. Please log in to place an order.',
    );
    expectSoftError(loggedIn, 'place_order', { order_type: 'Buy', symbol: 'IBM', price: 1, amount: 1 }, 'Invalid stock symbol: IBM');
    expectSoftError(
      loggedIn,
      'place_order',
      { order_type: 'Sell', symbol: 'AAPL', price: 0, amount: 1 },
      'Price and amount must be positive values.',
    );
    expectSoftError(
      loggedIn,
      'place_order',
      { order_type: 'buy', symbol: 'AAPL', price: 213.49, amount: 20 },
      'Insufficient funds: required $4269.80 but only $4210.55 available.',
    );
  });

  it('cancels anything but a completed order, and lists known ids for an unknown one', () => {
    const { outcomes } = runCalls(env, demo, [
      ['cancel_order', { order_id: 502 }],
      ['cancel_order', { order_id: 501 }],
      ['cancel_order', { order_id: 9 }],
      ['get_order_details', { order_id: 9 }],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { order_id: 502, status: 'Cancelled' },
      { error: "Can't cancel order 501. Order is already completed." },
      { error: 'Order with ID 9 not found.' },
      { error: 'Order with ID 9 not found.Here is the list of orders_id: [501, 502, 503]' },
    ]);
  });

  it('adds analyst notes naming the symbol in the long-context variant', () => {
    const details = env.call(env.load({ ...demo, long_context: true }), 'get_order_details', { order_id: 502 }).content as {
      metadata: Record<string, string>;
    };
    expect(details.metadata.company_overview).toContain('TSLA is one of the most influential companies');
    expect(details.metadata.risks).not.toContain('{symbol}');
  });
});

describe('money', () => {
  it("funds and withdraws with timestamps drawn from the scenario's seed", () => {
    const { outcomes, state } = runCalls(env, { ...loggedIn, random_seed: 1053520 }, [
      ['fund_account', { amount: 100 }],
      ['withdraw_funds', { amount: 10.55 }],
    ]);
    expect(outcomes[0]?.content).toEqual({ status: 'Account funded successfully', new_balance: 4310.55 });
    expect(outcomes[1]?.content).toMatchObject({ status: 'Withdrawal successful' });
    // Python: random.Random(1053520).randint(1725186600, 1725273000) == 1725255615, i.e. 2024-09-02 05:40:15 UTC.
    expect(state.transaction_history.at(-2)).toEqual({ type: 'deposit', amount: 100, timestamp: '2024-09-02 05:40:15' });
    expect(state._random_words).toBeGreaterThanOrEqual(2);
  });

  it('refuses withdrawals on a closed market or beyond the balance, and funding without a login', () => {
    expectSoftError(
      { ...loggedIn, market_status: 'Closed' },
      'withdraw_funds',
      { amount: 1 },
      'Market is closed. Transactions are not allowed.',
    );
    expectSoftError(loggedIn, 'withdraw_funds', { amount: 5000 }, 'Insufficient funds for withdrawal.');
    expectSoftError(loggedIn, 'fund_account', { amount: -5 }, 'Funding amount must be positive.');
    expectSoftError(demo, 'fund_account', { amount: 5 }, 'User not authenticated. Please log in to fund the account.');
  });

  it('filters the history by date, end date exclusive of its day, and fails on a bad date', () => {
    const state = env.load(loggedIn);
    const history = env.call(state, 'get_transaction_history', { start_date: '2024-08-27', end_date: '2024-08-30' }).content;
    expect(history).toEqual({ transaction_history: [{ type: 'withdrawal', amount: 300, timestamp: '2024-08-28 16:40:02' }] });
    const outcome = env.call(state, 'get_transaction_history', { start_date: '08/27/2024' });
    expect(outcome.isError).toBe(true);
    expect((outcome.content as { message: string }).message).toMatch(/ValueError: time data/);
    expect(outcome.state).toBe(state);
  });
});

describe('stocks and watchlist', () => {
  it('looks up symbols, quotes and sectors', () => {
    const state = env.load(demo);
    expect(env.call(state, 'get_symbol_by_name', { name: 'Gorilla' }).content).toEqual({ symbol: 'GORI' });
    expect(env.call(state, 'get_symbol_by_name', { name: 'IBM' }).content).toEqual({ symbol: 'Stock not found' });
    expect(env.call(state, 'get_stock_info', { symbol: 'IBM' }).content).toEqual({ error: "Stock with symbol 'IBM' not found." });
    expect(env.call(state, 'get_available_stocks', { sector: 'Automobile' }).content).toEqual({ stock_list: ['TSLA', 'F', 'GM'] });
    expect(env.call(state, 'filter_stocks_by_price', { stocks: ['AAPL', 'ZETA', 'IBM'], min_price: 0, max_price: 100 }).content).toEqual({
      filtered_stocks: ['ZETA', 'IBM'],
    });
    expect(env.call(state, 'notify_price_change', { stocks: ['NVDA', 'TSLA', 'AAPL'], threshold: 3 }).content).toEqual({
      notification: 'Stocks NVDA, TSLA have significant price changes.',
    });
  });

  it('adds listed symbols once, removes watched ones, and shows the list after login', () => {
    const { outcomes, state } = runCalls(env, loggedIn, [
      ['add_to_watchlist', { stock: 'AAPL' }],
      ['add_to_watchlist', { stock: 'AAPL' }],
      ['add_to_watchlist', { stock: 'IBM' }],
      ['remove_stock_from_watchlist', { symbol: 'OMEG' }],
      ['get_watchlist', {}],
    ]);
    expect(outcomes[4]?.content).toEqual({ watchlist: ['NVDA', 'AAPL'] });
    expect(state.watch_list).toEqual(['NVDA', 'AAPL']);
    expectSoftError(loggedIn, 'remove_stock_from_watchlist', { symbol: 'AAPL' }, 'Stock AAPL not found in watchlist.');
    expect(env.call(env.load(demo), 'get_watchlist', {}).content).toEqual([
      'Error: User not authenticated. Please log in to view the watchlist.',
    ]);
  });

  it('pads watchlist, sectors and quotes in the long-context variant', () => {
    const state = env.load({ ...loggedIn, long_context: true });
    const watched = env.call(state, 'get_watchlist', {}).content as unknown[];
    expect(watched.slice(0, 2)).toEqual(['NVDA', 'OMEG']);
    // BFCL's list ends with a Python Ellipsis, carried as the recordings' marker for it.
    expect(watched.at(-1)).toEqual({ $python: 'Ellipsis' });
    const sector = env.call(state, 'get_available_stocks', { sector: 'Technology' }).content as { stock_list: string[] };
    expect(sector.stock_list.slice(0, 4)).toEqual(['AAPL', 'GOOG', 'MSFT', 'NVDA']);
    expect(sector.stock_list.length).toBeGreaterThan(4);
    const quote = env.call(state, 'get_stock_info', { symbol: 'AAPL' }).content as Record<string, unknown>;
    expect(quote.price).toBe(213.49);
    expect(Array.isArray(quote['MA(5)'])).toBe(true);
  });
});
