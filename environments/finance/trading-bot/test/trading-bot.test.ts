import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { tradingBot as bot } from '../src/index.js';
import { demo as demoPreset } from '../src/presets/demo.js';

const demo = demoPreset;
const world = {
  users: { u: { username: 'u', password: 'p' } },
  accounts: { 1: { account_id: 1, balance: 1000 } },
};
const loggedIn = { ...world, current_user: 'u' };

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = bot.load(scenario);
  const outcome = bot.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('TradingBot scenario', () => {
  it('loads {} as the reference market: twelve stocks, no users, market open', () => {
    const state = bot.load({});
    expect(Object.keys(state.stocks)).toHaveLength(12);
    expect(state.stocks.AAPL).toEqual({ symbol: 'AAPL', price: 150.25, percent_change: 1.2, volume: 50_000_000, ma_5: 149.5, ma_20: 148 });
    expect(state.company_symbols['Quasar Ltd.']).toBe('QUAS');
    expect(state.sector_stocks.Finance).toEqual([]);
    expect(state).toMatchObject({ users: {}, accounts: {}, current_user: null, market_open: true, current_time: '2024-01-01 00:00:00' });
  });

  it('reads account and order keys as integers, as the reference does', () => {
    const state = bot.load({ accounts: { ' 07 ': { account_id: 7, balance: '5.5' }, '1_0': { account_id: 10, balance: 0 } } });
    expect(Object.keys(state.accounts).sort()).toEqual(['10', '7']);
    expect(state.accounts['7']?.balance).toBe(5.5);
    expect(() => bot.load({ accounts: { abc: { account_id: 1, balance: 1 } } })).toThrow(/integer id/);
    expect(() => bot.load({ accounts: { '1.': { account_id: 1, balance: 1 } } })).toThrow(/integer id/);
    expect(() => bot.load({ accounts: { 1: { account_id: 1, balance: -1 } } })).toThrow(/balance/);
    expect(() => bot.load({ current_time: '09:30 AM' })).toThrow(/current_time/);
  });

  it('ships a demo world whose order counter follows its orders', () => {
    const state = bot.loadPreset('demo');
    expect(state.orders[String(state.next_order_id)]).toBeUndefined();
    expect(state.transactions).toHaveLength(state.next_transaction_id - 1);
    expect(state.current_user).toBeNull();
  });
});

describe('sessions', () => {
  it('logs in with a reproducible token and out again', () => {
    const { outcomes, state } = runCalls(bot, demo, [
      ['login', { username: 'alice', password: 'Tr4de!Alice' }],
      ['check_login_status', {}],
      ['logout', {}],
      ['logout', {}],
    ]);
    expect(outcomes[0]?.content).toEqual({ status: 'success', session_token: 'token_alice_70900' });
    expect(outcomes[1]?.content).toEqual({ is_authenticated: true });
    expect(outcomes[2]?.content).toEqual({ status: 'success' });
    expect(outcomes[3]?.content).toEqual({ status: 'failed' });
    expect(state).toMatchObject({ current_user: null, session_token: null });
  });

  it('answers wrong credentials with a failed status, and refuses empty ones', () => {
    const before = bot.load(demo);
    const outcome = bot.call(before, 'login', { username: 'alice', password: 'nope' });
    expect(outcome).toMatchObject({ isError: false, content: { status: 'failed' } });
    expect(outcome.state).toBe(before);
    expectFailure(demo, 'login', { username: '', password: 'x' }, /Username must be a non-empty string/);
    expectFailure(demo, 'login', { username: 'bob', password: '' }, /Password must be a non-empty string/);
  });

  it('reports the market status', () => {
    expect(bot.call(bot.load({ market_open: false }), 'get_market_status', {}).content).toEqual({
      status: 'Closed',
      current_time: '2024-01-01 00:00:00',
    });
  });
});

describe('cash', () => {
  it('deposits and withdraws on the first account and numbers each transaction', () => {
    const { outcomes, state } = runCalls(bot, loggedIn, [
      ['make_transaction', { transaction_type: 'withdrawal', amount: 0.1 }],
      ['make_transaction', { transaction_type: 'deposit', amount: '0.2' }],
      ['get_account_info', {}],
      ['get_transaction_history', { start_date: '2024-01-01', end_date: '2024-01-01' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ status: 'success', new_balance: 999.9, timestamp: '2024-01-01 00:00:00' });
    expect(outcomes[1]?.content).toEqual({ status: 'success', new_balance: 1000.1, timestamp: '2024-01-01 00:00:00' });
    expect(outcomes[2]?.content).toEqual({ account_id: 1, balance: 1000.1, currency: 'USD', binding_card: null });
    expect((outcomes[3]?.content as { transactions: { transaction_id: string }[] }).transactions.map((t) => t.transaction_id)).toEqual([
      'TXN000001',
      'TXN000002',
    ]);
    expect(state.next_transaction_id).toBe(3);
  });

  it('takes money out for any type other than deposit, unchecked, and pads negative counters as Python does', () => {
    const { outcomes, state } = runCalls(bot, { ...loggedIn, next_transaction_id: -5 }, [
      ['make_transaction', { transaction_type: 'fee', amount: 5000 }],
    ]);
    expect(outcomes[0]?.content).toMatchObject({ new_balance: -4000 });
    expect(state.transactions[0]?.transaction_id).toBe('TXN-00005');
  });

  it('refuses withdrawals that are short or made while the market is closed', () => {
    expectFailure(loggedIn, 'make_transaction', { transaction_type: 'withdrawal', amount: 1000.01 }, /Transaction failed/);
    expectFailure(
      { ...loggedIn, market_open: false },
      'make_transaction',
      { transaction_type: 'withdrawal', amount: 1 },
      /Transaction failed/,
    );
    expectFailure({ ...loggedIn, accounts: {} }, 'make_transaction', { transaction_type: 'deposit', amount: 1 }, /Transaction failed/);
    expectFailure(loggedIn, 'make_transaction', { transaction_type: 'deposit', amount: 0 }, 'Amount must be a positive number');
    expectFailure(world, 'make_transaction', { transaction_type: 'deposit', amount: 1 }, /No user logged in/);
    expectFailure(world, 'get_account_info', {}, /No user logged in/);
    expectFailure({ ...loggedIn, accounts: {} }, 'get_account_info', {}, 'No account found for current user');
    expectFailure(world, 'get_transaction_history', {}, /No user logged in/);
  });

  it('filters the demo history by day, the end day included whole', () => {
    const { outcomes } = runCalls(bot, { ...demo, current_user: 'bob' }, [
      ['get_transaction_history', { start_date: '2025-03-05', end_date: '2025-03-07' }],
      ['get_transaction_history', { start_date: '2025-03-12 09:00:00' }],
    ]);
    expect((outcomes[0]?.content as { transactions: { amount: number }[] }).transactions.map((t) => t.amount)).toEqual([1200]);
    expect((outcomes[1]?.content as { transactions: { amount: number }[] }).transactions.map((t) => t.amount)).toEqual([500]);
  });
});

describe('stocks', () => {
  it('looks stocks up by company, symbol and sector', () => {
    const { outcomes } = runCalls(bot, {}, [
      ['get_stock_symbol', { company_name: 'Tesla' }],
      ['get_stock_symbol', { company_name: 'tesla' }],
      ['get_stock_info', { symbol: 'NVDA' }],
      ['get_available_stocks', { sector: 'Automobile' }],
      ['get_available_stocks', { sector: 'Space' }],
      ['filter_stocks_by_price', { symbols: ['AAPL', 'GOOG', 'ZETA', 'NOPE', 'AAPL'], min_price: 45.3, max_price: '300' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ symbol: 'TSLA', company_name: 'Tesla' });
    expect(outcomes[1]?.content).toEqual({ symbol: '', company_name: 'tesla' });
    expect(outcomes[2]?.content).toMatchObject({ symbol: 'NVDA', price: 220.75 });
    expect(outcomes[3]?.content).toEqual({ symbols: ['TSLA'] });
    expect(outcomes[4]?.content).toEqual({ symbols: [] });
    expect(outcomes[5]?.content).toEqual({ filtered_symbols: ['AAPL', 'ZETA', 'AAPL'] });
    expectFailure({}, 'get_stock_info', { symbol: 'aapl' }, 'Stock symbol aapl not found');
    expectFailure({}, 'filter_stocks_by_price', { symbols: [], min_price: 10, max_price: 5 }, /min_price cannot exceed max_price/);
    expectFailure({}, 'filter_stocks_by_price', { symbols: [], min_price: -1, max_price: 5 }, /min_price must be a non-negative/);
  });

  it('alerts on moves at or beyond the threshold, printing it as a Python float', () => {
    const { outcomes } = runCalls(bot, {}, [
      ['notify_price_change', { symbols: ['AAPL', 'AAPL', 'ZZZ', 'ALPH'], threshold: 1 }],
      ['notify_price_change', { symbols: ['MSFT'], threshold: 0.00001 }],
      ['notify_price_change', { symbols: ['MSFT'], threshold: 5 }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      notification: 'Found 3 stocks with price changes exceeding 1.0%',
      changed_stocks: ['AAPL', 'AAPL', 'ALPH'],
      details: [
        { symbol: 'AAPL', current_price: 150.25, percent_change: 1.2 },
        { symbol: 'AAPL', current_price: 150.25, percent_change: 1.2 },
        { symbol: 'ALPH', current_price: 120.9, percent_change: -2.1 },
      ],
    });
    expect((outcomes[1]?.content as { notification: string }).notification).toBe('Found 1 stocks with price changes exceeding 1e-05%');
    expect(outcomes[2]?.content).toEqual({ notification: 'Found 0 stocks with price changes exceeding 5.0%' });
    expectFailure({}, 'notify_price_change', { symbols: [], threshold: 1 }, /symbols must be a non-empty list/);
    expectFailure({}, 'notify_price_change', { symbols: ['AAPL'], threshold: 0 }, /threshold must be a positive number/);
  });

  it('updates a price and its percent change', () => {
    const { outcomes, state } = runCalls(bot, {}, [['update_stock_price', { symbol: 'AAPL', new_price: 160 }]]);
    expect(outcomes[0]?.content).toEqual({ symbol: 'AAPL', old_price: 150.25, new_price: 160, percent_change: 6.4891846921797 });
    expect(state.stocks.AAPL).toMatchObject({ price: 160, percent_change: 6.4891846921797 });
    expectFailure({}, 'update_stock_price', { symbol: 'NOPE', new_price: 1 }, 'Stock symbol NOPE not found');
    expectFailure({}, 'update_stock_price', { symbol: 'AAPL', new_price: 0 }, 'New price must be a positive number');
  });
});

describe('orders', () => {
  it('reserves the cost of a Buy and refunds it on cancellation', () => {
    const { outcomes, state } = runCalls(bot, loggedIn, [
      ['place_order', { order_type: 'Buy', symbol: 'AAPL', price: 150.25, quantity: 3 }],
      ['get_account_info', {}],
      ['cancel_order', { order_id: 1 }],
      ['cancel_order', { order_id: '1' }],
      ['get_order_history', { status: 'Cancelled' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      order_id: 1,
      order_type: 'Buy',
      symbol: 'AAPL',
      price: 150.25,
      quantity: 3,
      status: 'Pending',
      timestamp: '2024-01-01 00:00:00',
      execution_price: null,
    });
    expect((outcomes[1]?.content as { balance: number }).balance).toBe(549.25);
    expect(outcomes[2]?.content).toEqual({ order_id: 1, status: 'Cancelled' });
    expect(outcomes[3]?.content).toEqual({ order_id: 1, status: 'Error', message: 'Cannot cancel completed or cancelled order' });
    expect((outcomes[4]?.content as { orders: unknown[] }).orders).toHaveLength(1);
    expect(state.accounts['1']?.balance).toBe(1000);
  });

  it('answers cancellations it cannot make with an Error status, not a failure', () => {
    const { outcomes } = runCalls(bot, { ...demo, current_user: 'alice' }, [
      ['cancel_order', { order_id: 5 }],
      ['cancel_order', { order_id: 99 }],
      ['cancel_order', { order_id: 4 }],
    ]);
    expect(outcomes[0]?.content).toEqual({ order_id: 5, status: 'Error', message: 'Cannot cancel order in current status' });
    expect(outcomes[1]?.content).toEqual({ order_id: 99, status: 'Error', message: 'Order not found' });
    expect(outcomes[2]?.content).toEqual({ order_id: 4, status: 'Cancelled' });
  });

  it('refuses orders the reference refuses', () => {
    const buy = { order_type: 'Buy', symbol: 'AAPL', price: 10, quantity: 1 };
    expectFailure(world, 'place_order', buy, /No user logged in/);
    expectFailure({ ...loggedIn, market_open: false }, 'place_order', buy, 'Market is closed');
    expectFailure(loggedIn, 'place_order', { ...buy, symbol: '' }, /Symbol must be a non-empty string/);
    expectFailure(loggedIn, 'place_order', { ...buy, price: 0 }, 'Price must be a positive number');
    expectFailure(loggedIn, 'place_order', { ...buy, quantity: 0 }, 'Quantity must be a positive integer');
    expectFailure(loggedIn, 'place_order', { ...buy, quantity: 2.5 }, /quantity/);
    expectFailure(loggedIn, 'place_order', { ...buy, symbol: 'NOPE' }, /Order placement failed/);
    expectFailure(loggedIn, 'place_order', { ...buy, price: 1000.01 }, /Order placement failed/);
    expectFailure({ ...loggedIn, next_order_id: 0 }, 'place_order', buy, /next_order_id is 0/);
    expectFailure(world, 'cancel_order', { order_id: 1 }, /No user logged in/);
    expectFailure(loggedIn, 'cancel_order', { order_id: 0 }, 'Order ID must be a positive integer');
    expectFailure(world, 'get_order_details', { order_id: 3 }, 'Order 3 not found');
    expectFailure(world, 'get_order_history', {}, /No user logged in/);
  });

  it('does not reserve anything for other order types', () => {
    const { state } = runCalls(bot, loggedIn, [['place_order', { order_type: 'buy', symbol: 'GOOG', price: 5000, quantity: 1 }]]);
    expect(state.accounts['1']?.balance).toBe(1000);
    expect(state.orders['1']?.order_type).toBe('buy');
  });
});

describe('watchlists', () => {
  it('adds listed symbols once, removes them, and keeps the list per user', () => {
    const { outcomes, state } = runCalls(bot, { ...demo, current_user: 'bob' }, [
      ['add_to_watchlist', { symbol: 'XOM' }],
      ['add_to_watchlist', { symbol: 'XOM' }],
      ['add_to_watchlist', { symbol: 'NOPE' }],
      ['remove_from_watchlist', { symbol: 'TSLA' }],
      ['remove_from_watchlist', { symbol: 'XOM' }],
    ]);
    expect(outcomes[1]?.content).toEqual({ status: 'success', symbol: 'XOM', watchlist: ['XOM'] });
    expect(outcomes[2]?.content).toEqual({ status: 'failed', symbol: 'NOPE', watchlist: [] });
    expect(outcomes[3]?.content).toEqual({ status: 'failed', symbol: 'TSLA', watchlist: ['XOM'] });
    expect(outcomes[4]?.content).toEqual({ status: 'success', symbol: 'XOM', watchlist: [] });
    expect(state.watchlists.alice).toEqual(['NVDA', 'TSLA', 'ZETA']);
  });

  it('saves an empty list the first time a user looks at it', () => {
    const { outcomes, state } = runCalls(bot, { ...demo, current_user: 'carol.nguyen' }, [['get_watchlist', {}]]);
    expect(outcomes[0]?.content).toEqual({ watchlist_symbols: [] });
    expect(state.watchlists['carol.nguyen']).toEqual([]);
    expectFailure(demo, 'get_watchlist', {}, /No user logged in/);
    expectFailure({ ...demo, current_user: 'bob' }, 'add_to_watchlist', { symbol: '' }, /Symbol must be a non-empty string/);
  });
});
