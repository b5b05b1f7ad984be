import { compareCodePoints, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol, requireText } from './require-text.js';
import { symbolData } from './symbol-data.js';

export const getCurrentStockPrice = defineYahooFinanceTool({
  name: 'get_current_stock_price',
  description: 'The current market price of a stock as display text: {current_price}. Fails when the symbol has no quote.',
  input: z.object({
    symbol: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    return { current_price: symbolData(state.stock_prices, args.symbol, 'Price data').current_price };
  },
});

export const getStockPriceByDate = defineYahooFinanceTool({
  name: 'get_stock_price_by_date',
  description:
    "A stock's opening and closing price on one trading day (date as YYYY-MM-DD, matched exactly): {date, open, " +
    'close}. Fails when there is no price for that symbol on that date.',
  input: z.object({
    symbol: z.string(),
    date: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    requireText(args.date, 'Date', 'date');
    const days = ownEntry(state.historical_prices, args.symbol);
    const day = days ? ownEntry(days, args.date) : undefined;
    if (!day) throw new ToolError(`Price data not found for ${args.symbol} on ${args.date}`);
    return { date: args.date, open: day.open, close: day.close };
  },
});

export const getStockPriceDateRange = defineYahooFinanceTool({
  name: 'get_stock_price_date_range',
  description:
    "A stock's closing prices between start_date and end_date inclusive, as {closing_prices: {date: close}} in " +
    'stored order. Dates are compared as text, so use YYYY-MM-DD. Fails when the symbol has no price history.',
  input: z.object({
    symbol: z.string(),
    start_date: z.string(),
    end_date: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    requireText(args.start_date, 'Start date', 'start_date');
    requireText(args.end_date, 'End date', 'end_date');
    const days = symbolData(state.historical_prices, args.symbol, 'Historical price data');
    const closing: Record<string, number> = {};
    for (const [date, day] of Object.entries(days)) {
      if (compareCodePoints(args.start_date, date) <= 0 && compareCodePoints(date, args.end_date) <= 0) closing[date] = day.close;
    }
    return { closing_prices: closing };
  },
});

export const getHistoricalStockPrices = defineYahooFinanceTool({
  name: 'get_historical_stock_prices',
  description:
    'Every stored daily bar of a stock, oldest first: {price_history: [{date, open, high, low, close, volume}]}. ' +
    'period and interval are accepted but do not narrow or resample the history. Fails when the symbol has no ' +
    'price history.',
  input: z.object({
    symbol: z.string(),
    period: z.string().default('1mo'),
    interval: z.string().default('1d'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    const days = symbolData(state.historical_prices, args.symbol, 'Historical price data');
    const history = Object.entries(days).sort(([a], [b]) => compareCodePoints(a, b));
    return {
      price_history: history.map(([date, day]) => ({
        date,
        open: day.open,
        high: day.high,
        low: day.low,
        close: day.close,
        volume: day.volume,
      })),
    };
  },
});
