import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and (empty) default world as the reference's CryptoScenario. Its patterns
// run on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const SYMBOL = /^[A-Z]{2,10}$/;
const TIMESTAMP = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

const symbol = z.string().regex(SYMBOL, 'symbol must be 2–10 capital letters A–Z');
const timestamp = z.string().regex(TIMESTAMP, 'timestamp must be YYYY-MM-DDTHH:MM:SS');

export const cryptoSchema = z.object({
  symbol,
  name: z.string().min(1),
  price_usd: z.number().min(0),
  change_24h_percent: z.number(),
  volume_24h: z.number().min(0),
  market_cap: z.number().min(0),
  market_rank: anyInteger().min(1),
});

/** One exchange's quote for a coin. */
export const exchangeQuoteSchema = z.object({
  symbol,
  exchange: z.string(),
  price: z.number().min(0),
  volume: z.number().min(0),
  timestamp,
});

export const historyPointSchema = z.object({
  timestamp,
  price: z.number().min(0),
  volume: z.number().min(0),
});

export const scenarioSchema = z.object({
  // Keyed by symbol (BTC, ETH, …); lookups upper-case the caller's symbol first.
  crypto_data: z.record(z.string(), cryptoSchema).default(() => ({})),
  market_analysis: z.record(z.string(), z.array(exchangeQuoteSchema)).default(() => ({})),
  // Oldest first: the most recent days are at the end of each list.
  historical_data: z.record(z.string(), z.array(historyPointSchema)).default(() => ({})),
  // Kept for compatibility with the reference's scenarios; nothing is random here.
  random_seed: anyInteger().nullable().default(null),
});

export type CryptoPriceState = z.output<typeof scenarioSchema>;
export type Crypto = z.output<typeof cryptoSchema>;
export type ExchangeQuote = z.output<typeof exchangeQuoteSchema>;
export type HistoryPoint = z.output<typeof historyPointSchema>;
