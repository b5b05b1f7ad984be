import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type CoinRow = [symbol: string, name: string, price: number, change: number, volume: number, marketCap: number, rank: number];

// A snapshot of the market at noon UTC on 14 March 2025. Worth exploring: a stablecoin pinned near
// 1 USD, coins whose exchanges disagree by a few tenths of a percent, a coin quoted on a single
// exchange, a newly listed coin with only twelve days of history (so the default 30 days returns
// fewer), a coin with no exchange quotes and one with no history at all.
const coins: CoinRow[] = [
  ['BTC', 'Bitcoin', 83512.44, 2.31, 28_410_552_113, 1_656_902_118_400, 1],
  ['ETH', 'Ethereum', 1912.87, -1.08, 14_226_930_870, 230_715_480_900, 2],
  ['USDT', 'Tether', 1.0003, 0.01, 52_874_112_005, 143_562_700_200, 3],
  ['XRP', 'XRP', 2.3164, 4.62, 4_118_772_340, 134_708_220_600, 4],
  ['BNB', 'BNB', 561.2, 0.47, 1_402_337_812, 81_870_330_150, 5],
  ['SOL', 'Solana', 126.35, -3.74, 3_870_441_905, 64_455_018_340, 6],
  ['USDC', 'USD Coin', 0.9999, 0, 7_025_880_412, 58_914_223_010, 7],
  ['DOGE', 'Dogecoin', 0.1724, 6.85, 1_912_004_560, 25_610_332_870, 8],
  ['ADA', 'Cardano', 0.7215, -0.92, 742_118_330, 25_411_800_120, 9],
  ['TRX', 'TRON', 0.2231, 1.14, 512_660_780, 19_207_115_660, 10],
  ['LINK', 'Chainlink', 13.88, -2.45, 498_312_004, 9_116_420_990, 12],
  ['DOT', 'Polkadot', 4.31, -5.12, 211_509_880, 6_712_004_870, 19],
  ['PEPE', 'Pepe', 0.00000702, 11.38, 802_114_560, 2_953_228_100, 27],
  ['BERA', 'Berachain', 6.42, -8.9, 118_402_330, 689_120_450, 118],
];

// [symbol, exchange, price, volume]
const quotes: [string, string, number, number][] = [
  ['BTC', 'Binance', 83498.1, 9_812_440_310],
  ['BTC', 'Coinbase', 83540.25, 3_402_118_900],
  ['BTC', 'Kraken', 83521.7, 1_104_552_870],
  ['BTC', 'Bitstamp', 83477.9, 402_118_560],
  ['BTC', 'Upbit', 83812.3, 611_009_420],
  ['ETH', 'Binance', 1911.52, 5_601_223_480],
  ['ETH', 'Coinbase', 1914.1, 2_005_884_120],
  ['ETH', 'Kraken', 1912.4, 610_337_950],
  ['USDT', 'Binance', 1.0002, 21_330_418_770],
  ['USDT', 'Kraken', 1.0005, 902_114_330],
  ['XRP', 'Binance', 2.3151, 1_230_448_900],
  ['XRP', 'Upbit', 2.3402, 1_118_705_210],
  ['XRP', 'Bitstamp', 2.3139, 88_301_450],
  ['SOL', 'Binance', 126.21, 1_512_302_880],
  ['SOL', 'Coinbase', 126.48, 804_119_650],
  ['DOGE', 'Binance', 0.1723, 730_448_120],
  ['DOGE', 'Robinhood', 0.1726, 215_330_880],
  ['LINK', 'Coinbase', 13.9, 120_884_330],
  ['PEPE', 'Binance', 0.00000701, 502_330_110],
  ['BERA', 'Bybit', 6.4, 61_220_870],
];

const QUOTED_AT = '2025-03-14T12:00:00';

/** Daily closes ending on 14 March 2025, drifting from start to end with a gentle weekly swing. */
function history(days: number, start: number, end: number, volume: number, decimals: number) {
  const first = Date.UTC(2025, 2, 14) - (days - 1) * 86_400_000;
  const factor = 10 ** decimals;
  return Array.from({ length: days }, (_, i) => {
    const progress = days === 1 ? 1 : i / (days - 1);
    const swing = i === days - 1 ? 0 : Math.sin(i * 0.9) * 0.018;
    const price = Math.round((start + (end - start) * progress) * (1 + swing) * factor) / factor;
    return {
      timestamp: new Date(first + i * 86_400_000).toISOString().slice(0, 19),
      price,
      volume: Math.round(volume * (1 + Math.cos(i * 1.3) * 0.25)),
    };
  });
}

export const demo: Input = {
  crypto_data: Object.fromEntries(
    coins.map(([symbol, name, price, change, volume, marketCap, rank]) => [
      symbol,
      { symbol, name, price_usd: price, change_24h_percent: change, volume_24h: volume, market_cap: marketCap, market_rank: rank },
    ]),
  ),
  market_analysis: Object.fromEntries(
    [...new Set(quotes.map(([symbol]) => symbol))].map((symbol) => [
      symbol,
      quotes
        .filter((row) => row[0] === symbol)
        .map(([, exchange, price, volume]) => ({ symbol, exchange, price, volume, timestamp: QUOTED_AT })),
    ]),
  ),
  historical_data: {
    BTC: history(45, 96_120.5, 83_512.44, 31_000_000_000, 2),
    ETH: history(45, 2_710.3, 1_912.87, 15_500_000_000, 2),
    USDT: history(30, 1.0001, 1.0003, 50_000_000_000, 4),
    XRP: history(40, 2.61, 2.3164, 4_300_000_000, 4),
    SOL: history(45, 171.2, 126.35, 4_100_000_000, 2),
    DOGE: history(30, 0.2402, 0.1724, 2_000_000_000, 4),
    ADA: history(30, 0.772, 0.7215, 760_000_000, 4),
    LINK: history(20, 17.9, 13.88, 520_000_000, 2),
    BERA: history(12, 8.1, 6.42, 140_000_000, 2),
  },
  random_seed: null,
};
