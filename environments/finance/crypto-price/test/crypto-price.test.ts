import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { cryptoPrice } from '../src/index.js';

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = cryptoPrice.load(scenario);
  const outcome = cryptoPrice.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

const coin = (symbol: string, rank: number) => ({
  symbol,
  name: `${symbol} coin`,
  price_usd: 10,
  change_24h_percent: -1.5,
  volume_24h: 1000,
  market_cap: 5000,
  market_rank: rank,
});
const point = (day: number, price: number) => ({ timestamp: `2024-01-0${day}T00:00:00`, price, volume: price * 10 });

const world = {
  crypto_data: { BTC: coin('BTC', 1), SS: coin('SS', 2), btc: coin('XX', 3) },
  market_analysis: {
    BTC: [
      { symbol: 'BTC', exchange: 'Kraken', price: 10.5, volume: 7, timestamp: '2024-01-05T00:00:00' },
      { symbol: 'BTC', exchange: 'Binance', price: 10.2, volume: 9, timestamp: '2024-01-05T00:00:00' },
    ],
    SS: [],
  },
  historical_data: { BTC: [point(1, 1), point(2, 2), point(3, 3), point(4, 4)] },
};

describe('CryptoPrice scenario', () => {
  it('loads {} as the reference empty feed', () => {
    expect(cryptoPrice.load({})).toEqual({ crypto_data: {}, market_analysis: {}, historical_data: {}, random_seed: null });
  });

  it('reads numbers leniently and refuses what the reference refuses', () => {
    const state = cryptoPrice.load({ crypto_data: { BTC: { ...coin('BTC', 1), price_usd: '1.5', market_rank: '2' } }, random_seed: '7' });
    expect(state.crypto_data.BTC?.price_usd).toBe(1.5);
    expect(state.crypto_data.BTC?.market_rank).toBe(2);
    expect(state.random_seed).toBe(7);
    expect(() => cryptoPrice.load({ crypto_data: { X: coin('btc', 1) } })).toThrow(/symbol/);
    expect(() => cryptoPrice.load({ crypto_data: { X: coin('ABCDEFGHIJK', 1) } })).toThrow(/symbol/);
    expect(() => cryptoPrice.load({ crypto_data: { X: coin('BTC', 0) } })).toThrow(/market_rank/);
    expect(() => cryptoPrice.load({ crypto_data: { X: { ...coin('BTC', 1), name: '' } } })).toThrow(/name/);
    expect(() => cryptoPrice.load({ crypto_data: { X: { ...coin('BTC', 1), volume_24h: -1 } } })).toThrow(/volume_24h/);
    expect(() => cryptoPrice.load({ historical_data: { X: [{ ...point(1, 1), timestamp: '2024-01-01 00:00:00' }] } })).toThrow(/timestamp/);
    // A trailing newline does not satisfy the reference's pattern either.
    expect(() => cryptoPrice.load({ historical_data: { X: [{ ...point(1, 1), timestamp: '2024-01-01T00:00:00\n' }] } })).toThrow(
      /timestamp/,
    );
  });

  it('ships a demo world with every listed quote and history on a known coin', () => {
    const state = cryptoPrice.loadPreset('demo');
    expect(Object.keys(state.crypto_data).length).toBeGreaterThanOrEqual(12);
    for (const [symbol, quotes] of Object.entries(state.market_analysis)) {
      expect(state.crypto_data[symbol]).toBeDefined();
      for (const quote of quotes) expect(quote.symbol).toBe(symbol);
    }
    for (const symbol of Object.keys(state.historical_data)) expect(state.crypto_data[symbol]).toBeDefined();
  });
});

describe('quotes', () => {
  it('finds a coin by its symbol in any case', () => {
    const { outcomes } = runCalls(cryptoPrice, world, [
      ['get_crypto_price', { symbol: 'btc' }],
      ['get_crypto_price', { symbol: 'ß' }],
    ]);
    expect(outcomes[0]?.content).toEqual(coin('BTC', 1));
    // Upper-casing follows Unicode, as Python's str.upper does: ß becomes SS.
    expect(outcomes[1]?.content).toMatchObject({ symbol: 'SS', market_rank: 2 });
  });

  it('reports an empty or unknown symbol', () => {
    expectFailure(world, 'get_crypto_price', { symbol: '' }, /Symbol must be a non-empty string/);
    expectFailure(world, 'get_crypto_price', { symbol: 'doge' }, 'Cryptocurrency DOGE not found in scenario data');
    expectFailure(world, 'get_crypto_price', { symbol: 'constructor' }, 'Cryptocurrency CONSTRUCTOR not found in scenario data');
  });

  it('lists per-exchange quotes, empty when the coin has an empty list', () => {
    const { outcomes } = runCalls(cryptoPrice, world, [
      ['get_market_analysis', { symbol: 'Btc' }],
      ['get_market_analysis', { symbol: 'ss' }],
    ]);
    expect(outcomes[0]?.content).toEqual(world.market_analysis.BTC);
    expect(outcomes[1]?.content).toEqual([]);
    expectFailure(world, 'get_market_analysis', { symbol: 'eth' }, 'Market analysis for ETH not found');
    expectFailure(world, 'get_market_analysis', { symbol: '' }, /Symbol must be a non-empty string/);
  });
});

describe('history', () => {
  const days = (value: unknown) => {
    const outcome = cryptoPrice.call(cryptoPrice.load(world), 'get_historical_analysis', { symbol: 'btc', days: value });
    return (outcome.content as { price: number }[]).map((p) => p.price);
  };

  it('returns the last N points, all of them when N exceeds the history or is omitted', () => {
    expect(days(2)).toEqual([3, 4]);
    expect(days(100)).toEqual([1, 2, 3, 4]);
    expect(days(1e20)).toEqual([1, 2, 3, 4]);
    const outcome = cryptoPrice.call(cryptoPrice.load(world), 'get_historical_analysis', { symbol: 'BTC' });
    expect(outcome.content).toEqual(world.historical_data.BTC);
  });

  it('reads days as the reference does: numeric text, whole floats and booleans', () => {
    expect(days('1')).toEqual([4]);
    expect(days(3.0)).toEqual([2, 3, 4]);
    expect(days(true)).toEqual([4]);
  });

  it('refuses a non-positive or fractional count and an unknown coin', () => {
    expectFailure(world, 'get_historical_analysis', { symbol: 'BTC', days: 0 }, /days must be a positive integer/);
    expectFailure(world, 'get_historical_analysis', { symbol: 'nope', days: -1 }, /days must be a positive integer/);
    expectFailure(world, 'get_historical_analysis', { symbol: 'BTC', days: false }, /days must be a positive integer/);
    expectFailure(world, 'get_historical_analysis', { symbol: 'BTC', days: 2.5 }, /days/);
    expectFailure(world, 'get_historical_analysis', { symbol: 'BTC', days: null }, /days/);
    expectFailure(world, 'get_historical_analysis', { symbol: 'eth' }, 'Historical data for ETH not found');
  });

  it('gives fewer than 30 days for a newly listed demo coin and the last 30 for an older one', () => {
    const demo = cryptoPrice.loadPreset('demo');
    const bera = cryptoPrice.call(demo, 'get_historical_analysis', { symbol: 'BERA' }).content as { timestamp: string }[];
    const btc = cryptoPrice.call(demo, 'get_historical_analysis', { symbol: 'btc' }).content as { timestamp: string }[];
    expect(bera).toHaveLength(12);
    expect(btc).toHaveLength(30);
    expect(btc.at(-1)?.timestamp).toBe('2025-03-14T00:00:00');
    expect(cryptoPrice.call(demo, 'get_market_analysis', { symbol: 'ADA' }).isError).toBe(true);
    expect(cryptoPrice.call(demo, 'get_historical_analysis', { symbol: 'TRX' }).isError).toBe(true);
  });
});
