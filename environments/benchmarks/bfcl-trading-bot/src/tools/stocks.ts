import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { AUTOMOBILE_EXTENSION, MA_5_EXTENSION, MA_20_EXTENSION, TECHNOLOGY_EXTENSION } from '../long-context.js';
import { defineTradingTool } from '../scenario.js';

const SYMBOLS: Record<string, string> = {
  Apple: 'AAPL',
  Google: 'GOOG',
  Tesla: 'TSLA',
  Microsoft: 'MSFT',
  Nvidia: 'NVDA',
  'Zeta Corp': 'ZETA',
  'Alpha Tech': 'ALPH',
  'Omega Industries': 'OMEG',
  'Quasar Ltd.': 'QUAS',
  'Neptune Systems': 'NEPT',
  'Synex Solutions': 'SYNX',
  Amazon: 'AMZN',
  Gorilla: 'GORI',
};

export const getSymbolByName = defineTradingTool({
  name: 'get_symbol_by_name',
  description: 'The ticker symbol of a company by its name; "Stock not found" for an unknown company.',
  input: z.object({ name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => ({ symbol: Object.hasOwn(SYMBOLS, args.name) ? SYMBOLS[args.name] : 'Stock not found' }),
});

export const getStockInfo = defineTradingTool({
  name: 'get_stock_info',
  description:
    'A listed stock\'s price, percent change, volume and 5- and 20-day moving averages ("MA(5)", "MA(20)"); an ' +
    'unlisted symbol is answered with {error}. In the long-context variant the averages are long price series.',
  input: z.object({ symbol: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const stock = ownEntry(state.stocks, args.symbol);
    if (!stock) return { error: `Stock with symbol '${args.symbol}' not found.` };
    return state.long_context ? { ...stock, 'MA(5)': MA_5_EXTENSION, 'MA(20)': MA_20_EXTENSION } : stock;
  },
});

export const getAvailableStocks = defineTradingTool({
  name: 'get_available_stocks',
  description: 'The symbols of a sector ("Technology" or "Automobile"); an empty list for any other sector.',
  input: z.object({ sector: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const sectors: Record<string, string[]> = {
      Technology: ['AAPL', 'GOOG', 'MSFT', 'NVDA', ...(state.long_context ? TECHNOLOGY_EXTENSION : [])],
      Automobile: ['TSLA', 'F', 'GM', ...(state.long_context ? AUTOMOBILE_EXTENSION : [])],
    };
    return { stock_list: Object.hasOwn(sectors, args.sector) ? sectors[args.sector] : [] };
  },
});

export const filterStocksByPrice = defineTradingTool({
  name: 'filter_stocks_by_price',
  description: 'The given symbols whose price lies within [min_price, max_price]; an unlisted symbol counts as price 0.',
  input: z.object({ stocks: z.array(z.string()), min_price: z.number(), max_price: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const price = (symbol: string) => ownEntry(state.stocks, symbol)?.price ?? 0;
    return { filtered_stocks: args.stocks.filter((symbol) => price(symbol) >= args.min_price && price(symbol) <= args.max_price) };
  },
});

export const notifyPriceChange = defineTradingTool({
  name: 'notify_price_change',
  description: 'Name the given listed symbols whose percent change is at least `threshold` in size, or say none moved.',
  input: z.object({ stocks: z.array(z.string()), threshold: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const moved = args.stocks.filter((symbol) => {
      const stock = ownEntry(state.stocks, symbol);
      return stock !== undefined && Math.abs(stock.percent_change) >= args.threshold;
    });
    if (moved.length === 0) return { notification: 'No significant price changes in the selected stocks.' };
    return { notification: `Stocks ${moved.join(', ')} have significant price changes.` };
  },
});
