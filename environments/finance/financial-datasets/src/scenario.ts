import { anyInteger, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's FinancialDatasets scenario, with the same fields, constraints and defaults.
// Its patterns run on Rust's regex engine, where \d is any Unicode decimal digit: \p{Nd} keeps that.
const DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const DATE_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;
const date = z.string().regex(DATE, 'date must be YYYY-MM-DD');
const nonNegative = (field: string) => z.number().min(0, `${field} must be 0 or more`);
export const incomeStatementSchema = z.object({
  date,
  revenue: nonNegative('revenue'),
  net_income: z.number(),
  eps: z.number(),
});

export const balanceSheetSchema = z.object({
  date,
  total_assets: nonNegative('total_assets'),
  total_liabilities: nonNegative('total_liabilities'),
  shareholders_equity: z.number(),
});

export const cashFlowStatementSchema = z.object({
  date,
  operating_cash_flow: z.number(),
  investing_cash_flow: z.number(),
  financing_cash_flow: z.number(),
  net_change_in_cash: z.number(),
});

export const stockPriceSchema = z.object({
  date,
  open: nonNegative('open'),
  high: nonNegative('high'),
  low: nonNegative('low'),
  close: nonNegative('close'),
  volume: anyInteger().min(0, 'volume must be 0 or more'),
});

export const cryptoPriceSchema = z.object({
  date,
  open: nonNegative('open'),
  high: nonNegative('high'),
  low: nonNegative('low'),
  close: nonNegative('close'),
  volume: nonNegative('volume'),
});

export const newsArticleSchema = z.object({
  title: z.string(),
  url: z.string(),
  published_at: z.string().regex(DATE_TIME, 'published_at must be YYYY-MM-DDTHH:MM:SS'),
  source: z.string(),
});

// Statements are keyed by symbol, then by period ("annual", "quarterly" or any other name); prices
// and news by symbol or ticker. The ticker lists are what the two listing tools answer.
export const scenarioSchema = z.object({
  income_statements: z.record(z.string(), z.record(z.string(), z.array(incomeStatementSchema))).default(() => ({})),
  balance_sheets: z.record(z.string(), z.record(z.string(), z.array(balanceSheetSchema))).default(() => ({})),
  cash_flow_statements: z.record(z.string(), z.record(z.string(), z.array(cashFlowStatementSchema))).default(() => ({})),
  stock_prices: z.record(z.string(), stockPriceSchema).default(() => ({})),
  historical_stock_prices: z.record(z.string(), z.array(stockPriceSchema)).default(() => ({})),
  crypto_prices: z.record(z.string(), cryptoPriceSchema).default(() => ({})),
  historical_crypto_prices: z.record(z.string(), z.array(cryptoPriceSchema)).default(() => ({})),
  company_news: z.record(z.string(), z.array(newsArticleSchema)).default(() => ({})),
  available_stock_tickers: z
    .array(z.string())
    .default(() => [
      'AAPL',
      'MSFT',
      'GOOGL',
      'AMZN',
      'TSLA',
      'META',
      'NVDA',
      'JPM',
      'V',
      'JNJ',
      'WMT',
      'PG',
      'DIS',
      'HD',
      'MA',
      'PYPL',
      'NFLX',
      'ADBE',
      'CRM',
      'ACN',
    ]),
  available_crypto_tickers: z
    .array(z.string())
    .default(() => [
      'BTC',
      'ETH',
      'USDT',
      'BNB',
      'SOL',
      'XRP',
      'USDC',
      'ADA',
      'DOGE',
      'TRX',
      'TON',
      'AVAX',
      'DOT',
      'LINK',
      'MATIC',
      'LTC',
      'ICP',
      'UNI',
      'ATOM',
      'ETC',
    ]),
});

export type FinancialDatasetsState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of FinancialDatasetsState. */
export const defineFinancialDatasetsTool = toolsFor<FinancialDatasetsState>();
