import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineFinancialDatasetsTool } from '../scenario.js';
import { quote } from './quote.js';
import { requireText } from './require-text.js';

export const getCurrentStockPrice = defineFinancialDatasetsTool({
  name: 'get_current_stock_price',
  description:
    'The latest quote of a stock: symbol, price (the last close), currency (USD), timestamp (that day at ' +
    'midnight), change and change_percent (always 0). A symbol without a quote gets price 0 dated ' +
    '2024-01-01T00:00:00 instead of an error.',
  input: z.object({
    symbol: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.symbol, 'Symbol', 'symbol');
    return { symbol: args.symbol, ...quote(ownEntry(state.stock_prices, args.symbol)) };
  },
});

export const getHistoricalStockPrices = defineFinancialDatasetsTool({
  name: 'get_historical_stock_prices',
  description:
    "A stock's stored daily bars (date, open, high, low, close, volume) in stored order. start_date, end_date " +
    'and interval are accepted but do not filter or resample: the whole series comes back. An unknown symbol ' +
    'gives an empty list.',
  input: z.object({
    symbol: z.string(),
    start_date: z.string().default(''),
    end_date: z.string().default(''),
    interval: z.string().default('1d'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.symbol, 'Symbol', 'symbol');
    return { symbol: args.symbol, prices: ownEntry(state.historical_stock_prices, args.symbol) ?? [] };
  },
});

export const getAvailableStockTickers = defineFinancialDatasetsTool({
  name: 'get_available_stock_tickers',
  description: 'Every stock ticker symbol the data set covers, as {symbols: [...]}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ symbols: state.available_stock_tickers }),
});
