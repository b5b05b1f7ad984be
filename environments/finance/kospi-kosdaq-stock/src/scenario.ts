import { z } from 'zod';

// Same fields and defaults as the reference's KospiKosdaqScenario. The ticker pattern runs on Rust's
// regex engine and the record-date check on Python's `re`: in both \d is any Unicode decimal digit,
// and Python's `$` also matches before one final newline.
const TICKER = /^\p{Nd}{6}$/u;
const RECORD_DATE = /^\p{Nd}{8}\n?$/u;

export const stockSchema = z.object({
  ticker: z.string().regex(TICKER, 'ticker must be 6 digits, e.g. "005930"'),
  name: z.string(),
  market: z.string(),
});

/**
 * A daily record (OHLCV, market cap, fundamentals or investor volumes): free-form fields, kept and
 * returned as given. Only its `date`, when present, is checked: 8 digits, YYYYMMDD.
 */
export const dailyRecordSchema = z.record(z.string(), z.unknown()).superRefine((record, ctx) => {
  if (!Object.hasOwn(record, 'date')) return;
  const date = record.date;
  if (typeof date !== 'string') {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: `date must be a YYYYMMDD string, got ${date === null ? 'null' : typeof date}`,
    });
  } else if (!RECORD_DATE.test(date)) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: `date must be YYYYMMDD (8 digits, no hyphens), got "${date}"` });
  }
});

const seriesByTicker = z.record(z.string(), z.array(dailyRecordSchema)).default(() => ({}));

const KOSPI_LEADERS: [ticker: string, name: string][] = [
  ['005930', 'Samsung Electronics'],
  ['000660', 'SK Hynix'],
  ['035420', 'NAVER'],
  ['035720', 'Kakao'],
  ['051910', 'LG Chem'],
  ['006400', 'Samsung SDI'],
  ['068270', 'Celltrion'],
  ['005380', 'Hyundai Motor'],
  ['000270', 'Kia'],
  ['105560', 'KB Financial Group'],
  ['055550', 'Shinhan Financial Group'],
  ['012330', 'Hyundai Mobis'],
  ['066570', 'LG Electronics'],
  ['003550', 'LG'],
  ['028260', 'Samsung C&T'],
  ['207940', 'Samsung Biologics'],
  ['096770', 'SK Innovation'],
  ['034730', 'SK'],
  ['017670', 'SK Telecom'],
  ['030200', 'KT'],
];

export const scenarioSchema = z.object({
  // Listed companies by ticker (informational: no tool reads it).
  stocks: z.record(z.string(), stockSchema).default(() => ({})),
  // Daily series by ticker. Dates are YYYYMMDD strings, so text order is date order.
  ohlcv_data: seriesByTicker,
  ohlcv_adjusted_data: seriesByTicker,
  market_cap_data: seriesByTicker,
  fundamental_data: seriesByTicker,
  trading_volume_data: seriesByTicker,
  // Reference lookup tables (informational: no tool reads them).
  tickerNameMap: z.record(z.string(), z.string()).default(() => Object.fromEntries(KOSPI_LEADERS)),
  tickerMarketMap: z.record(z.string(), z.string()).default(() => Object.fromEntries(KOSPI_LEADERS.map(([ticker]) => [ticker, 'KOSPI']))),
});

export type KospiKosdaqState = z.output<typeof scenarioSchema>;
export type StockInfo = z.output<typeof stockSchema>;
export type DailyRecord = z.output<typeof dailyRecordSchema>;
