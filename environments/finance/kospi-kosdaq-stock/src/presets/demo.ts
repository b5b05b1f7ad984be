import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Row = Record<string, string | number>;
type Listing = {
  ticker: string;
  name: string;
  market: 'KOSPI' | 'KOSDAQ';
  close: number; // first close of the window, KRW
  tick: number; // price step, KRW
  volume: number; // typical daily shares
  shares: number; // shares outstanding
  eps: number; // trailing earnings per share (negative: a loss)
  bps: number; // book value per share
  dividend: number; // annual dividend per share
};

// Trading days from 24 February to 14 March 2025; 3 March was a market holiday (Samiljeol observed).
const DAYS = [
  '20250224',
  '20250225',
  '20250226',
  '20250227',
  '20250228',
  '20250304',
  '20250305',
  '20250306',
  '20250307',
  '20250310',
  '20250311',
  '20250312',
  '20250313',
  '20250314',
];

// Worth exploring: KOSPI and KOSDAQ names, a loss-making company (negative PER), a stock without a
// dividend, a listed company with no data at all (Kakao), a KOSDAQ biotech with prices but no
// fundamentals (Alteogen), adjusted series for three dividend payers only (slightly below the raw
// prices: the dividends paid since are taken out) and a holiday gap in every series.
const listings: Listing[] = [
  {
    ticker: '005930',
    name: 'Samsung Electronics',
    market: 'KOSPI',
    close: 58_000,
    tick: 100,
    volume: 14_500_000,
    shares: 5_969_782_550,
    eps: 4_950,
    bps: 57_930,
    dividend: 1_446,
  },
  {
    ticker: '000660',
    name: 'SK Hynix',
    market: 'KOSPI',
    close: 199_500,
    tick: 500,
    volume: 3_900_000,
    shares: 728_002_365,
    eps: 27_182,
    bps: 103_500,
    dividend: 1_500,
  },
  {
    ticker: '035420',
    name: 'NAVER',
    market: 'KOSPI',
    close: 215_000,
    tick: 500,
    volume: 720_000,
    shares: 158_437_008,
    eps: 11_843,
    bps: 162_020,
    dividend: 1_130,
  },
  {
    ticker: '005380',
    name: 'Hyundai Motor',
    market: 'KOSPI',
    close: 205_500,
    tick: 500,
    volume: 610_000,
    shares: 209_416_191,
    eps: 49_126,
    bps: 421_690,
    dividend: 12_000,
  },
  {
    ticker: '105560',
    name: 'KB Financial Group',
    market: 'KOSPI',
    close: 86_400,
    tick: 100,
    volume: 1_450_000,
    shares: 393_528_423,
    eps: 13_000,
    bps: 161_900,
    dividend: 3_174,
  },
  {
    ticker: '247540',
    name: 'EcoPro BM',
    market: 'KOSDAQ',
    close: 118_300,
    tick: 100,
    volume: 820_000,
    shares: 97_801_344,
    eps: -1_340,
    bps: 14_980,
    dividend: 0,
  },
  {
    ticker: '086520',
    name: 'EcoPro',
    market: 'KOSDAQ',
    close: 62_900,
    tick: 100,
    volume: 1_050_000,
    shares: 133_138_340,
    eps: -380,
    bps: 7_420,
    dividend: 200,
  },
  {
    ticker: '196170',
    name: 'Alteogen',
    market: 'KOSDAQ',
    close: 362_000,
    tick: 500,
    volume: 410_000,
    shares: 53_312_776,
    eps: 1_180,
    bps: 5_730,
    dividend: 0,
  },
];

/** A fixed pseudo-random sequence per ticker (a linear congruential generator), so the world is reproducible. */
function sequence(seed: string): () => number {
  let state = [...seed].reduce((acc, char) => (acc * 31 + char.charCodeAt(0)) >>> 0, 7);
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const onTick = (price: number, tick: number) => Math.max(tick, Math.round(price / tick) * tick);

function dailySeries(listing: Listing) {
  const next = sequence(listing.ticker);
  let close = listing.close;
  const ohlcv: Row[] = [];
  const marketCap: Row[] = [];
  const fundamentals: Row[] = [];
  const flows: Row[] = [];
  for (const date of DAYS) {
    const open = onTick(close * (1 + (next() - 0.5) * 0.02), listing.tick);
    close = onTick(open * (1 + (next() - 0.5) * 0.05), listing.tick);
    const high = onTick(Math.max(open, close) * (1 + next() * 0.015), listing.tick);
    const low = onTick(Math.min(open, close) * (1 - next() * 0.015), listing.tick);
    const volume = Math.round(listing.volume * (0.6 + next() * 0.9));
    ohlcv.push({ date, open, high, low, close, volume });
    marketCap.push({ date, market_cap: close * listing.shares });
    fundamentals.push({
      date,
      per: Math.round((close / listing.eps) * 100) / 100,
      pbr: Math.round((close / listing.bps) * 100) / 100,
      dividend_yield: Math.round((listing.dividend / close) * 10_000) / 100,
    });
    // Net buying by investor type: what one group buys, the others sell.
    const foreign = Math.round((next() - 0.5) * volume * 0.3);
    const institutional = Math.round((next() - 0.5) * volume * 0.2);
    flows.push({ date, individual: -(foreign + institutional) || 0, institutional, foreign });
  }
  return { ohlcv, marketCap, fundamentals, flows };
}

/** Prices scaled by `factor` and rounded to the won, volumes divided by it (as a price adjustment does). */
const adjust = (rows: Row[], factor: number): Row[] =>
  rows.map((row) => ({
    date: row.date as string,
    open: Math.round((row.open as number) * factor),
    high: Math.round((row.high as number) * factor),
    low: Math.round((row.low as number) * factor),
    close: Math.round((row.close as number) * factor),
    volume: Math.round((row.volume as number) / factor),
  }));

const series = new Map(listings.map((listing) => [listing.ticker, dailySeries(listing)]));
const pick = (key: 'ohlcv' | 'marketCap' | 'fundamentals' | 'flows', skip: string[] = []) =>
  Object.fromEntries(listings.filter((l) => !skip.includes(l.ticker)).map((l) => [l.ticker, series.get(l.ticker)?.[key] ?? []]));

const raw = (ticker: string) => series.get(ticker)?.ohlcv ?? [];

export const demo: Input = {
  stocks: Object.fromEntries(
    [...listings.map(({ ticker, name, market }) => ({ ticker, name, market })), { ticker: '035720', name: 'Kakao', market: 'KOSPI' }].map(
      (stock) => [stock.ticker, stock],
    ),
  ),
  ohlcv_data: pick('ohlcv'),
  ohlcv_adjusted_data: {
    '005930': adjust(raw('005930'), 0.976),
    '105560': adjust(raw('105560'), 0.962),
    '086520': adjust(raw('086520'), 0.997),
  },
  market_cap_data: pick('marketCap'),
  fundamental_data: pick('fundamentals', ['196170']),
  trading_volume_data: pick('flows'),
  tickerNameMap: Object.fromEntries([...listings.map((l) => [l.ticker, l.name]), ['035720', 'Kakao']]),
  tickerMarketMap: Object.fromEntries([...listings.map((l) => [l.ticker, l.market]), ['035720', 'KOSPI']]),
};
