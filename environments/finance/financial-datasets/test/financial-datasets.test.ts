import { describe, expect, it } from 'vitest';
import { financialDatasets as data } from '../src/index.js';

type Outcome = ReturnType<typeof data.call>;

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp): Outcome {
  const before = data.load(scenario);
  const outcome = data.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
  return outcome;
}

function answer(name: string, args: Record<string, unknown>, scenario: unknown = 'demo'): unknown {
  const state = scenario === 'demo' ? data.loadPreset('demo') : data.load(scenario);
  const outcome = data.call(state, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.state).toBe(state);
  return outcome.content;
}

describe('FinancialDatasets scenario', () => {
  it('loads {} as no data and the reference ticker lists', () => {
    const state = data.load({});
    expect(state.stock_prices).toEqual({});
    expect(state.available_stock_tickers).toHaveLength(20);
    expect(state.available_stock_tickers.slice(0, 3)).toEqual(['AAPL', 'MSFT', 'GOOGL']);
    expect(state.available_crypto_tickers.at(-1)).toBe('ETC');
  });

  it('rejects malformed dates, negative prices and fractional stock volumes', () => {
    const bar = { date: '2025-03-07', open: 1, high: 1, low: 1, close: 1, volume: 10 };
    expect(() => data.load({ stock_prices: { A: { ...bar, date: '2025-3-7' } } })).toThrow(/date/);
    expect(() => data.load({ stock_prices: { A: { ...bar, close: -1 } } })).toThrow(/close/);
    expect(() => data.load({ stock_prices: { A: { ...bar, volume: 1.5 } } })).toThrow(/volume/);
    expect(data.load({ crypto_prices: { A: { ...bar, volume: 1.5 } } }).crypto_prices.A?.volume).toBe(1.5);
    expect(data.load({ stock_prices: { A: { ...bar, date: '２０２５-03-07' } } }).stock_prices.A?.date).toBe('２０２５-03-07');
  });
});

describe('financial statements', () => {
  it('returns a period as stored, annual by default', () => {
    expect(answer('get_income_statements', { symbol: 'RIVN' })).toEqual({
      symbol: 'RIVN',
      period: 'annual',
      statements: [
        { date: '2024-12-31', revenue: 4_970_000_000, net_income: -4_747_000_000, eps: -4.69 },
        { date: '2023-12-31', revenue: 4_434_000_000, net_income: -5_432_000_000, eps: -5.74 },
      ],
    });
    expect(answer('get_balance_sheets', { symbol: 'JPM', period: 'quarterly' })).toEqual({
      symbol: 'JPM',
      period: 'quarterly',
      statements: [
        { date: '2024-09-30', total_assets: 4_210_048_000_000, total_liabilities: 3_868_257_000_000, shareholders_equity: 341_791_000_000 },
      ],
    });
    const tesla = answer('get_cash_flow_statements', { symbol: 'TSLA' }) as { statements: unknown[] };
    expect(tesla.statements).toEqual([
      {
        date: '2024-12-31',
        operating_cash_flow: 14_923_000_000,
        investing_cash_flow: -18_787_000_000,
        financing_cash_flow: 3_853_000_000,
        net_change_in_cash: -11_000_000,
      },
    ]);
  });

  it('answers an empty list for an unknown symbol or period, case-sensitively', () => {
    expect(answer('get_cash_flow_statements', { symbol: 'AAPL', period: 'quarterly' })).toEqual({
      symbol: 'AAPL',
      period: 'quarterly',
      statements: [],
    });
    expect(answer('get_income_statements', { symbol: 'aapl' })).toEqual({ symbol: 'aapl', period: 'annual', statements: [] });
    expect(answer('get_balance_sheets', { symbol: 'constructor', period: '' })).toEqual({
      symbol: 'constructor',
      period: '',
      statements: [],
    });
  });

  it('requires a symbol', () => {
    for (const tool of ['get_income_statements', 'get_balance_sheets', 'get_cash_flow_statements']) {
      expectFailure({}, tool, { symbol: '' }, /Symbol must be a non-empty string/);
    }
  });
});

describe('prices', () => {
  it('quotes the last close with zero change', () => {
    expect(answer('get_current_stock_price', { symbol: 'RIVN' })).toEqual({
      symbol: 'RIVN',
      price: 11.58,
      currency: 'USD',
      timestamp: '2025-03-06T00:00:00',
      change: 0,
      change_percent: 0,
    });
    expect(answer('get_current_crypto_price', { ticker: 'PEPE' })).toMatchObject({
      ticker: 'PEPE',
      price: 0.00000689,
      timestamp: '2025-03-07T00:00:00',
    });
  });

  it('quotes zero, dated 2024-01-01, for anything without a price', () => {
    const zero = { price: 0, currency: 'USD', timestamp: '2024-01-01T00:00:00', change: 0, change_percent: 0 };
    expect(answer('get_current_stock_price', { symbol: 'ACN' })).toEqual({ symbol: 'ACN', ...zero });
    expect(answer('get_current_crypto_price', { ticker: 'toString' })).toEqual({ ticker: 'toString', ...zero });
  });

  it('returns the whole stored history whatever the dates and interval', () => {
    const eth = answer('get_historical_crypto_prices', { ticker: 'ETH', start_date: '2025-03-07', interval: '1w' }) as {
      prices: { date: string }[];
    };
    expect(eth.prices.map((bar) => bar.date)).toEqual(['2025-03-06', '2025-03-07']);
    expect(eth.prices[0]).toEqual({
      date: '2025-03-06',
      open: 2240.63,
      high: 2319.92,
      low: 2171.82,
      close: 2202.22,
      volume: 23_591_116_201.7,
    });
    const tsla = answer('get_historical_stock_prices', { symbol: 'TSLA', end_date: '2025-03-06' }) as { prices: { date: string }[] };
    expect(tsla.prices.map((bar) => bar.date)).toEqual(['2025-03-07', '2025-03-06']);
    expect(answer('get_historical_stock_prices', { symbol: 'MSFT' })).toEqual({ symbol: 'MSFT', prices: [] });
  });

  it('requires a symbol or ticker', () => {
    expectFailure({}, 'get_current_stock_price', { symbol: '' }, /Symbol must be a non-empty string/);
    expectFailure({}, 'get_historical_stock_prices', { symbol: '' }, /Symbol must be a non-empty string/);
    expectFailure({}, 'get_current_crypto_price', { ticker: '' }, /Ticker must be a non-empty string/);
    expectFailure({}, 'get_historical_crypto_prices', { ticker: '' }, /Ticker must be a non-empty string/);
    expectFailure({}, 'get_current_crypto_price', { symbol: 'BTC' }, /ticker/);
  });
});

describe('news and ticker lists', () => {
  it('returns the first `limit` articles in stored order, 10 by default', () => {
    const titles = (content: unknown) => (content as { news: { title: string }[] }).news.map((article) => article.title);
    expect(titles(answer('get_company_news', { symbol: 'AAPL' }))).toHaveLength(10);
    expect(titles(answer('get_company_news', { symbol: 'AAPL', limit: '2' }))).toEqual([
      'Apple unveils MacBook Air with M4 chip and lower starting price',
      'Apple delays Siri upgrade to 2026',
    ]);
    expect(titles(answer('get_company_news', { symbol: 'AAPL', limit: true }))).toHaveLength(1);
    expect(answer('get_company_news', { symbol: 'MSFT', limit: 50 })).toEqual({ symbol: 'MSFT', news: [] });
  });

  it('refuses a limit below 1 or a fractional one', () => {
    expectFailure({}, 'get_company_news', { symbol: 'AAPL', limit: 0 }, /Limit must be a positive integer/);
    expectFailure({}, 'get_company_news', { symbol: 'AAPL', limit: -1 }, /Limit must be a positive integer/);
    expectFailure({}, 'get_company_news', { symbol: 'AAPL', limit: 1.5 }, /limit/);
    expectFailure({}, 'get_company_news', { symbol: '', limit: 0 }, /Symbol must be a non-empty string/);
  });

  it('lists the covered tickers, whether or not data exists for them', () => {
    expect(answer('get_available_stock_tickers', {})).toEqual({ symbols: ['AAPL', 'MSFT', 'NVDA', 'TSLA', 'JPM', 'ACN'] });
    expect(answer('get_available_crypto_tickers', {})).toEqual({ tickers: ['BTC', 'ETH', 'USDT', 'SOL', 'DOGE', 'PEPE'] });
    expect(answer('get_available_crypto_tickers', {}, {})).toMatchObject({ tickers: expect.arrayContaining(['BTC', 'ETC']) });
  });
});
