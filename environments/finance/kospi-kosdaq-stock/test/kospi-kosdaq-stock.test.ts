import { describe, expect, it } from 'vitest';
import { kospiKosdaqStock as kospi } from '../src/index.js';

const demo = kospi.presets.demo;

function call(scenario: unknown, name: string, args: Record<string, unknown>) {
  const before = kospi.load(scenario);
  return { before, outcome: kospi.call(before, name, args) };
}

function dates(scenario: unknown, name: string, args: Record<string, unknown>): string[] {
  const { outcome } = call(scenario, name, args);
  expect(outcome.isError).toBe(false);
  return (outcome.content as { data: { date?: string }[] }).data.map((record) => record.date ?? '(none)');
}

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const { before, outcome } = call(scenario, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

const world = {
  ohlcv_data: {
    '005930': [
      { date: '20240102', open: 78_500, high: 79_800, low: 78_200, close: 79_600, volume: 17_142_847 },
      { date: '20240103', open: 78_500, high: 78_800, low: 77_000, close: 77_000, volume: 21_753_644 },
      { note: 'no date' },
      { date: '20240104', close: 76_600, extra: { source: 'krx' } },
    ],
  },
  ohlcv_adjusted_data: { '005930': [{ date: '20240103', close: 75_800 }] },
  market_cap_data: { '005930': [{ date: '20240102', market_cap: 475_190_000_000_000 }] },
  fundamental_data: { '005930': [{ date: '20240102', per: 15.4, pbr: 1.5, dividend_yield: 1.8 }] },
  trading_volume_data: { '005930': [{ date: '20240102', individual: -120, institutional: 20, foreign: 100 }] },
};

describe('KospiKosdaqStock scenario', () => {
  it('loads {} with no series and the reference ticker tables', () => {
    const state = kospi.load({});
    expect(state.ohlcv_data).toEqual({});
    expect(state.stocks).toEqual({});
    expect(Object.keys(state.tickerNameMap)).toHaveLength(20);
    expect(state.tickerNameMap['005930']).toBe('Samsung Electronics');
    expect(new Set(Object.values(state.tickerMarketMap))).toEqual(new Set(['KOSPI']));
  });

  it('keeps records as given and checks only their dates', () => {
    expect(kospi.load(world).ohlcv_data['005930']?.[3]).toEqual({ date: '20240104', close: 76_600, extra: { source: 'krx' } });
    expect(() => kospi.load({ ohlcv_data: { A: [{ date: 20240101 }] } })).toThrow(/date must be a YYYYMMDD string/);
    expect(() => kospi.load({ market_cap_data: { A: [{ date: '2024-01-01' }] } })).toThrow(/YYYYMMDD/);
    expect(() => kospi.load({ stocks: { A: { ticker: '5930', name: 'n', market: 'KOSPI' } } })).toThrow(/ticker/);
    // Python's `$` accepts one final newline in a record date; the ticker pattern (Rust) does not.
    expect(() => kospi.load({ ohlcv_data: { A: [{ date: '20240101\n' }] } })).not.toThrow();
    expect(() => kospi.load({ stocks: { A: { ticker: '005930\n', name: 'n', market: 'KOSPI' } } })).toThrow(/ticker/);
  });

  it('ships a demo world of KOSPI and KOSDAQ stocks over three weeks', () => {
    const state = kospi.loadPreset('demo');
    expect(new Set(Object.values(state.stocks).map((s) => s.market))).toEqual(new Set(['KOSPI', 'KOSDAQ']));
    for (const ticker of Object.keys(state.ohlcv_data)) expect(state.stocks[ticker]).toBeDefined();
    expect(state.ohlcv_data['005930']).toHaveLength(14);
  });
});

describe('date ranges', () => {
  it('includes both ends and skips records without a date', () => {
    expect(dates(world, 'get_stock_ohlcv', { fromdate: '20240102', todate: '20240103', ticker: '005930' })).toEqual([
      '20240102',
      '20240103',
    ]);
    expect(dates(world, 'get_stock_ohlcv', { fromdate: '20240101', todate: '20241231', ticker: '005930' })).toEqual([
      '20240102',
      '20240103',
      '20240104',
    ]);
    expect(dates(world, 'get_stock_ohlcv', { fromdate: '20240104', todate: '20240104', ticker: '005930' })).toEqual(['20240104']);
  });

  it('compares dates as text, as the reference does', () => {
    // "2024" sorts before every YYYYMMDD date of 2024, and "2025" after them.
    expect(dates(world, 'get_stock_ohlcv', { fromdate: '2024', todate: '2025', ticker: '005930' })).toHaveLength(3);
    expect(dates(world, 'get_stock_ohlcv', { fromdate: '2024-01-01', todate: '2024-12-31', ticker: '005930' })).toEqual([]);
  });

  it('gives an empty list for an unknown ticker or an empty range', () => {
    const { outcome } = call(world, 'get_stock_market_cap', { fromdate: '20240101', todate: '20241231', ticker: '000660' });
    expect(outcome.content).toEqual({ ticker: '000660', data: [] });
    expect(dates(world, 'get_stock_fundamental', { fromdate: '20250101', todate: '20251231', ticker: '005930' })).toEqual([]);
    expect(dates(world, 'get_stock_trading_volume', { fromdate: '20240101', todate: '20241231', ticker: 'constructor' })).toEqual([]);
  });

  it('refuses empty arguments and a reversed range', () => {
    const args = { fromdate: '20240101', todate: '20240131', ticker: '005930' };
    for (const tool of ['get_stock_ohlcv', 'get_stock_market_cap', 'get_stock_fundamental', 'get_stock_trading_volume']) {
      expectFailure(world, tool, { ...args, fromdate: '' }, /fromdate must be a non-empty string/);
      expectFailure(world, tool, { ...args, todate: '' }, /todate must be a non-empty string/);
      expectFailure(world, tool, { ...args, ticker: '' }, /ticker must be a non-empty string/);
      expectFailure(world, tool, { ...args, fromdate: '20240201' }, 'fromdate 20240201 is after todate 20240131: swap them');
      expectFailure(world, tool, { ...args, ticker: 5930 }, /ticker/);
    }
  });
});

describe('series', () => {
  const range = { fromdate: '20240101', todate: '20241231', ticker: '005930' };

  it('returns each series record for the ticker', () => {
    expect(call(world, 'get_stock_ohlcv', range).outcome.content).toEqual({
      ticker: '005930',
      data: [world.ohlcv_data['005930'][0], world.ohlcv_data['005930'][1], world.ohlcv_data['005930'][3]],
    });
    expect(call(world, 'get_stock_market_cap', range).outcome.content).toEqual({ ticker: '005930', data: world.market_cap_data['005930'] });
    expect(call(world, 'get_stock_fundamental', range).outcome.content).toEqual({
      ticker: '005930',
      data: world.fundamental_data['005930'],
    });
    expect(call(world, 'get_stock_trading_volume', range).outcome.content).toEqual({
      ticker: '005930',
      data: world.trading_volume_data['005930'],
    });
  });

  it('reads the adjusted series when asked, leniently, and the raw one for null', () => {
    const closes = (adjusted: unknown) =>
      (call(world, 'get_stock_ohlcv', { ...range, adjusted }).outcome.content as { data: { close: number }[] }).data.map((r) => r.close);
    expect(closes(true)).toEqual([75_800]);
    expect(closes('yes')).toEqual([75_800]);
    expect(closes(1)).toEqual([75_800]);
    expect(closes(null)).toEqual([79_600, 77_000, 76_600]);
    expect(closes('off')).toEqual([79_600, 77_000, 76_600]);
    expectFailure(world, 'get_stock_ohlcv', { ...range, adjusted: 'maybe' }, /adjusted/);
  });

  it('covers the demo gaps: a holiday, a listed stock with no data, a stock without fundamentals', () => {
    expect(dates(demo, 'get_stock_ohlcv', { fromdate: '20250228', todate: '20250304', ticker: '005930' })).toEqual([
      '20250228',
      '20250304',
    ]);
    expect(dates(demo, 'get_stock_ohlcv', { fromdate: '20250101', todate: '20251231', ticker: '035720' })).toEqual([]);
    expect(dates(demo, 'get_stock_fundamental', { fromdate: '20250101', todate: '20251231', ticker: '196170' })).toEqual([]);
    expect(dates(demo, 'get_stock_ohlcv', { fromdate: '20250101', todate: '20251231', ticker: '000660', adjusted: true })).toEqual([]);
    const fundamentals = call(demo, 'get_stock_fundamental', { fromdate: '20250314', todate: '20250314', ticker: '247540' }).outcome
      .content as { data: { per: number }[] };
    expect(fundamentals.data[0]?.per).toBeLessThan(0);
  });
});
