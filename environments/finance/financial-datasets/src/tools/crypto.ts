import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineFinancialDatasetsTool } from '../scenario.js';
import { quote } from './quote.js';
import { requireText } from './require-text.js';

export const getCurrentCryptoPrice = defineFinancialDatasetsTool({
  name: 'get_current_crypto_price',
  description:
    'The latest quote of a cryptocurrency: ticker, price (the last close), currency (USD), timestamp (that day ' +
    'at midnight), change and change_percent (always 0). A ticker without a quote gets price 0 dated ' +
    '2024-01-01T00:00:00 instead of an error.',
  input: z.object({
    ticker: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.ticker, 'Ticker', 'ticker');
    return { ticker: args.ticker, ...quote(ownEntry(state.crypto_prices, args.ticker)) };
  },
});

export const getHistoricalCryptoPrices = defineFinancialDatasetsTool({
  name: 'get_historical_crypto_prices',
  description:
    "A cryptocurrency's stored daily bars (date, open, high, low, close, volume) in stored order. start_date, " +
    'end_date and interval are accepted but do not filter or resample. An unknown ticker gives an empty list.',
  input: z.object({
    ticker: z.string(),
    start_date: z.string().default(''),
    end_date: z.string().default(''),
    interval: z.string().default('1d'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.ticker, 'Ticker', 'ticker');
    return { ticker: args.ticker, prices: ownEntry(state.historical_crypto_prices, args.ticker) ?? [] };
  },
});

export const getAvailableCryptoTickers = defineFinancialDatasetsTool({
  name: 'get_available_crypto_tickers',
  description: 'Every cryptocurrency ticker the data set covers, as {tickers: [...]}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ tickers: state.available_crypto_tickers }),
});
