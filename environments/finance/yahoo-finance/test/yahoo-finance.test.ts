import { describe, expect, it } from 'vitest';
import { yahooFinance as yahoo } from '../src/index.js';

type Outcome = ReturnType<typeof yahoo.call>;

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp): Outcome {
  const before = scenario === 'demo' ? yahoo.loadPreset('demo') : yahoo.load(scenario);
  const outcome = yahoo.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
  return outcome;
}

function answer(name: string, args: Record<string, unknown>, scenario: unknown = 'demo'): unknown {
  const state = scenario === 'demo' ? yahoo.loadPreset('demo') : yahoo.load(scenario);
  const outcome = yahoo.call(state, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.state).toBe(state);
  return outcome.content;
}

const contract = { strike: 100, bid: 1, ask: 1.1, volume: 5, openInterest: 7, impliedVolatility: 0.25 };

describe('YahooFinance scenario', () => {
  it('loads {} as no data and the reference market reference data', () => {
    const state = yahoo.load({});
    expect(state.stock_prices).toEqual({});
    expect(state.market_data).toMatchObject({ market_status: 'open', market_hours: { open: '09:30', close: '16:00' } });
    expect((state.market_data.sectors as Record<string, string[]>).Energy).toEqual(['XOM', 'CVX', 'COP']);
  });

  it('fills missing EPS with null and rejects malformed dates and negative volumes', () => {
    const state = yahoo.load({ earnings_dates: { A: [{ date: '2025-01-30', type: 'quarterly' }] } });
    expect(state.earnings_dates.A).toEqual([
      { date: '2025-01-30', type: 'quarterly', actualEPS: null, estimatedEPS: null, surprise: null },
    ]);
    expect(() => yahoo.load({ dividends: { A: { x: { date: '2025-1-30', amount: 1 } } } })).toThrow(/date/);
    expect(() => yahoo.load({ dividends: { A: { x: { date: '2025-01-30', amount: -1 } } } })).toThrow(/amount/);
    expect(() => yahoo.load({ option_chains: { A: { d: { calls: [{ ...contract, volume: -1 }] } } } })).toThrow(/volume/);
  });
});

describe('prices', () => {
  it('quotes the stored display price', () => {
    expect(answer('get_current_stock_price', { symbol: 'KO' })).toEqual({ current_price: '70.52' });
    expectFailure('demo', 'get_current_stock_price', { symbol: 'aapl' }, /Price data not found for symbol aapl/);
    expectFailure('demo', 'get_current_stock_price', { symbol: '' }, /Symbol must be a non-empty string/);
  });

  it('gives open and close of one day, matched by its exact key', () => {
    expect(answer('get_stock_price_by_date', { symbol: 'AAPL', date: '2025-03-05' })).toEqual({
      date: '2025-03-05',
      open: 235.42,
      close: 235.74,
    });
    expectFailure('demo', 'get_stock_price_by_date', { symbol: 'MSFT', date: '2025-03-03' }, /Price data not found for MSFT on 2025-03-03/);
    expectFailure('demo', 'get_stock_price_by_date', { symbol: 'KO', date: '2025-03-07' }, /Price data not found for KO on 2025-03-07/);
    expectFailure('demo', 'get_stock_price_by_date', { symbol: 'AAPL', date: '' }, /Date must be a non-empty string/);
  });

  it('lists closes in a text range in stored order, and the full history sorted by date', () => {
    expect(answer('get_stock_price_date_range', { symbol: 'AAPL', start_date: '2025-03-04', end_date: '2025-03-06' })).toEqual({
      closing_prices: { '2025-03-05': 235.74, '2025-03-04': 235.93, '2025-03-06': 235.33 },
    });
    // Bounds are compared as text: "2025" sorts before every full date, and "2025-03-06T" after
    // "2025-03-06" but before "2025-03-07".
    const wide = answer('get_stock_price_date_range', { symbol: 'TSLA', start_date: '2025', end_date: '2025-03-06T' }) as {
      closing_prices: Record<string, number>;
    };
    expect(wide.closing_prices).toEqual({ '2025-03-06': 263.45 });
    const history = answer('get_historical_stock_prices', { symbol: 'AAPL', period: '1y' }) as { price_history: { date: string }[] };
    expect(history.price_history.map((day) => day.date)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
    expect(history.price_history[4]).toEqual({
      date: '2025-03-07',
      open: 235.11,
      high: 241.37,
      low: 234.76,
      close: 239.07,
      volume: 46_273_565,
    });
  });

  it('sorts history dates by code point, as Python sorts strings', () => {
    const day = { date: '2025-01-01', open: 1, high: 1, low: 1, close: 1, volume: 1 };
    const scenario = { historical_prices: { X: { '\u{1F600}': day, '\uFF5A': day, '2025-01-01': day } } };
    const history = answer('get_historical_stock_prices', { symbol: 'X' }, scenario) as { price_history: { date: string }[] };
    expect(history.price_history.map((entry) => entry.date)).toEqual(['2025-01-01', '\uFF5A', '\u{1F600}']);
  });

  it('fails for a symbol without history', () => {
    expectFailure(
      'demo',
      'get_stock_price_date_range',
      { symbol: 'KO', start_date: '2025', end_date: '2026' },
      /Historical price data not found for symbol KO/,
    );
    expectFailure(
      'demo',
      'get_stock_price_date_range',
      { symbol: 'AAPL', start_date: '', end_date: '2026' },
      /Start date must be a non-empty string/,
    );
    expectFailure(
      'demo',
      'get_stock_price_date_range',
      { symbol: 'AAPL', start_date: '2025', end_date: '' },
      /End date must be a non-empty string/,
    );
    expectFailure(
      'demo',
      'get_historical_stock_prices',
      { symbol: 'constructor' },
      /Historical price data not found for symbol constructor/,
    );
  });
});

describe('dividends and statements', () => {
  it('filters dividends by optional inclusive bounds, and answers {} for a non-payer', () => {
    expect(answer('get_dividends', { symbol: 'KO', start_date: '2024-09-13', end_date: '2024-11-29' })).toEqual({
      dividends: { '2024-09-13': 0.485, '2024-11-29': 0.485 },
    });
    expect(answer('get_dividends', { symbol: 'MSFT', end_date: '2024-12-31' })).toEqual({
      dividends: { '2024-08-15': 0.75, '2024-11-21': 0.83 },
    });
    expect(answer('get_dividends', { symbol: 'AAPL', start_date: '' })).toMatchObject({ dividends: { '2025-02-10': 0.25 } });
    expect(answer('get_dividends', { symbol: 'TSLA' })).toEqual({ dividends: {} });
  });

  it('returns statements as stored, whatever the frequency', () => {
    expect(answer('get_income_statement', { symbol: 'TSLA', freq: 'quarterly' })).toEqual({
      income_statements: {
        '2024-12-31': { 'Total Revenue': 97_690_000_000, 'Gross Profit': 17_450_000_000, 'Net Income': 7_091_000_000, 'Basic EPS': 2.23 },
      },
    });
    expect(Object.keys((answer('get_cashflow', { symbol: 'MSFT' }) as { cashflow_statements: object }).cashflow_statements)).toEqual([
      '2024-06-30',
      '2023-06-30',
    ]);
    expectFailure('demo', 'get_income_statement', { symbol: 'KO' }, /Income statement data not found for symbol KO/);
    expectFailure('demo', 'get_cashflow', { symbol: 'TSLA' }, /Cash flow statement data not found for symbol TSLA/);
  });
});

describe('earnings, news and recommendations', () => {
  it('cuts earnings dates as Python slices, 12 by default', () => {
    const dates = (content: unknown) => (content as { earnings_dates: { date: string }[] }).earnings_dates.map((entry) => entry.date);
    expect(dates(answer('get_earning_dates', { symbol: 'TSLA' }))).toEqual(['2025-04-22', '2025-01-29', '2024-12-31']);
    expect(dates(answer('get_earning_dates', { symbol: 'TSLA', limit: -1 }))).toEqual(['2025-04-22', '2025-01-29']);
    expect(dates(answer('get_earning_dates', { symbol: 'TSLA', limit: '0' }))).toEqual([]);
    expect(answer('get_earning_dates', { symbol: 'AAPL', limit: 1 })).toEqual({
      earnings_dates: [{ date: '2025-05-01', type: 'quarterly', actualEPS: null, estimatedEPS: 1.62, surprise: null }],
    });
    expectFailure('demo', 'get_earning_dates', { symbol: 'KO' }, /Earnings data not found for symbol KO/);
  });

  it('filters news by date and stops at the limit, returning the first match even for a limit of 0', () => {
    const titles = (content: unknown) => (content as { news_articles: { title: string }[] }).news_articles.map((article) => article.title);
    expect(titles(answer('get_news', { symbol: 'AAPL', start_date: '2025-02-28', limit: 5 }))).toEqual([
      'Apple delays Siri upgrade to 2026',
      'Apple unveils MacBook Air with M4 chip',
      'iPhone 16e goes on sale',
    ]);
    expect(titles(answer('get_news', { symbol: 'AAPL', end_date: '2025-02-28', limit: 0 }))).toEqual([
      'Apple commits $500 billion to US investment',
    ]);
    expect(titles(answer('get_news', { symbol: 'AAPL', limit: -3 }))).toHaveLength(1);
    expect(answer('get_news', { symbol: 'KO' })).toEqual({ news_articles: [] });
    expectFailure('demo', 'get_news', { symbol: '' }, /Symbol must be a non-empty string/);
  });

  it('lists recommendations with null price targets kept', () => {
    expect(answer('get_recommendations', { symbol: 'AAPL' })).toMatchObject({
      recommendations: expect.arrayContaining([{ firm: 'Loop Capital', rating: 'Hold', priceTarget: null, date: '2025-01-22' }]),
    });
    expectFailure('demo', 'get_recommendations', { symbol: 'TSLA' }, /Recommendations data not found for symbol TSLA/);
  });
});

describe('options', () => {
  it('lists expirations and returns a chain, with missing sides empty and no underlying price', () => {
    expect(answer('get_option_expiration_dates', { symbol: 'AAPL' })).toEqual({
      expiration_dates: ['2025-03-14', '2025-03-21', '2025-04-17'],
    });
    expect(answer('get_option_chain', { symbol: 'TSLA', expiration_date: '2025-03-14' })).toEqual({
      underlyingPrice: 0,
      calls: [{ strike: 260, bid: 14.2, ask: 14.5, volume: 48_220, openInterest: 31_775, impliedVolatility: 0.742 }],
      puts: [],
    });
  });

  it('returns a stored "underlyingPrice" entry as the list of contracts it is', () => {
    const scenario = { option_chains: { X: { '2025-06-20': { underlyingPrice: [contract] } } } };
    expect(answer('get_option_chain', { symbol: 'X', expiration_date: '2025-06-20' }, scenario)).toEqual({
      underlyingPrice: [contract],
      calls: [],
      puts: [],
    });
  });

  it('fails for an expiry without a chain and a symbol without options', () => {
    expectFailure(
      'demo',
      'get_option_chain',
      { symbol: 'AAPL', expiration_date: '2025-04-17' },
      /Option chain data not found for AAPL on 2025-04-17/,
    );
    expectFailure('demo', 'get_option_chain', { symbol: 'AAPL', expiration_date: '' }, /Expiration date must be a non-empty string/);
    expectFailure('demo', 'get_option_expiration_dates', { symbol: 'MSFT' }, /Option expiration data not found for symbol MSFT/);
  });
});
