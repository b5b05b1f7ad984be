import { anyInteger, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's YahooFinance scenario, with the same fields, constraints and defaults.
// Its patterns run on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const date = (field: string) => z.string().regex(DATE, `${field} must be YYYY-MM-DD`);
const count = (field: string) => anyInteger().min(0, `${field} must be 0 or more`);

// The quote is kept as display text ("$189.84"), exactly as the scenario gives it.
export const stockPriceSchema = z.object({
  symbol: z.string(),
  current_price: z.string(),
});

export const historicalPriceSchema = z.object({
  date: date('date'),
  open: z.number(),
  high: z.number(),
  low: z.number(),
  close: z.number(),
  volume: count('volume'),
});

export const dividendDataSchema = z.object({
  date: date('date'),
  amount: z.number().min(0, 'amount must be 0 or more'),
});

export const earningsDataSchema = z.object({
  date: date('date'),
  type: z.string(),
  actualEPS: z.number().nullable().default(null),
  estimatedEPS: z.number().nullable().default(null),
  surprise: z.number().nullable().default(null),
});

export const newsArticleSchema = z.object({
  title: z.string(),
  link: z.string(),
  publisher: z.string(),
  publishDate: date('publishDate'),
  summary: z.string(),
});

export const analystRecommendationSchema = z.object({
  firm: z.string(),
  rating: z.string(),
  priceTarget: z.number().nullable().default(null),
  date: date('date'),
});

export const optionContractSchema = z.object({
  strike: z.number(),
  bid: z.number(),
  ask: z.number(),
  volume: count('volume'),
  openInterest: count('openInterest'),
  impliedVolatility: z.number(),
});

// Everything is keyed by symbol. Daily prices and dividends are further keyed by date (the key, not
// the record's own date field, is what the tools answer with); option chains by expiration date,
// then by side ("calls", "puts"). Statements are free-form. market_data is reference data no tool reads.
export const scenarioSchema = z.object({
  stock_prices: z.record(z.string(), stockPriceSchema).default(() => ({})),
  historical_prices: z.record(z.string(), z.record(z.string(), historicalPriceSchema)).default(() => ({})),
  dividends: z.record(z.string(), z.record(z.string(), dividendDataSchema)).default(() => ({})),
  income_statements: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.any()))).default(() => ({})),
  cashflow_statements: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.any()))).default(() => ({})),
  earnings_dates: z.record(z.string(), z.array(earningsDataSchema)).default(() => ({})),
  news_articles: z.record(z.string(), z.array(newsArticleSchema)).default(() => ({})),
  recommendations: z.record(z.string(), z.array(analystRecommendationSchema)).default(() => ({})),
  option_expirations: z.record(z.string(), z.array(z.string())).default(() => ({})),
  option_chains: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.array(optionContractSchema)))).default(() => ({})),
  market_data: z.record(z.string(), z.any()).default(() => ({
    market_hours: { open: '09:30', close: '16:00' },
    market_status: 'open',
    reference_symbols: ['AAPL', 'GOOGL', 'MSFT', 'TSLA', 'AMZN', 'META', 'NVDA', 'NFLX', 'AMD', 'INTC'],
    sectors: {
      Technology: ['AAPL', 'MSFT', 'GOOGL', 'META', 'NVDA'],
      'Consumer Discretionary': ['AMZN', 'TSLA', 'NFLX'],
      Financials: ['JPM', 'BAC', 'WFC'],
      Healthcare: ['JNJ', 'PFE', 'UNH'],
      Energy: ['XOM', 'CVX', 'COP'],
    },
  })),
});

export type YahooFinanceState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of YahooFinanceState. */
export const defineYahooFinanceTool = toolsFor<YahooFinanceState>();
