import { defineTool, type Draft, ownEntry, pythonFloatRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { TradingState } from '../scenario.js';
import { requireText } from './checks.js';

export const getStockSymbol = defineTool({
  name: 'get_stock_symbol',
  description:
    'Ticker symbol of a company by its exact name (e.g. "Apple" → AAPL): {symbol, company_name}; symbol is "" ' + 'for an unknown company.',
  input: z.object({ company_name: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    requireText(args.company_name, 'Company name');
    return { symbol: ownEntry(state.company_symbols, args.company_name) ?? '', company_name: args.company_name };
  },
});

export const getStockInfo = defineTool({
  name: 'get_stock_info',
  description: 'Quote of a stock by exact symbol: price, percent_change, volume and the 5- and 20-day moving averages.',
  input: z.object({ symbol: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    requireText(args.symbol, 'Symbol');
    const stock = ownEntry(state.stocks, args.symbol);
    if (!stock) throw new ToolError(`Stock symbol ${args.symbol} not found`);
    return stock;
  },
});

export const getAvailableStocks = defineTool({
  name: 'get_available_stocks',
  description: 'Symbols listed under a sector (exact name, e.g. "Technology"); an unknown sector gives an empty list.',
  input: z.object({ sector: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    requireText(args.sector, 'Sector');
    return { symbols: ownEntry(state.sector_stocks, args.sector) ?? [] };
  },
});

export const filterStocksByPrice = defineTool({
  name: 'filter_stocks_by_price',
  description:
    'Keep the given symbols whose price lies between min_price and max_price (both included, both ≥ 0), in the ' +
    'order given; unknown symbols are dropped.',
  input: z.object({ symbols: z.array(z.string()), min_price: z.number(), max_price: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    if (args.min_price < 0) throw new ToolError('min_price must be a non-negative number');
    if (args.max_price < 0) throw new ToolError('max_price must be a non-negative number');
    if (args.min_price > args.max_price) throw new ToolError('min_price cannot exceed max_price');
    const filtered_symbols = args.symbols.filter((symbol) => {
      const stock = ownEntry(state.stocks, symbol);
      return stock !== undefined && args.min_price <= stock.price && stock.price <= args.max_price;
    });
    return { filtered_symbols };
  },
});

export const notifyPriceChange = defineTool({
  name: 'notify_price_change',
  description:
    'Which of the given symbols moved by at least `threshold` percent (either direction). Returns a notification ' +
    'sentence and, when any moved, changed_stocks and their details (symbol, current_price, percent_change).',
  input: z.object({ symbols: z.array(z.string()), threshold: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    if (args.symbols.length === 0) throw new ToolError('symbols must be a non-empty list');
    if (!(args.threshold > 0)) throw new ToolError('threshold must be a positive number');
    const details: { symbol: string; current_price: number; percent_change: number }[] = [];
    for (const symbol of args.symbols) {
      const stock = ownEntry(state.stocks, symbol);
      if (stock && Math.abs(stock.percent_change) >= args.threshold) {
        details.push({ symbol, current_price: stock.price, percent_change: stock.percent_change });
      }
    }
    // The threshold is a float in the reference, so 5 prints as "5.0".
    const notification = `Found ${details.length} stocks with price changes exceeding ${pythonFloatRepr(args.threshold)}%`;
    if (details.length === 0) return { notification };
    return { notification, changed_stocks: details.map((d) => d.symbol), details };
  },
});

export const updateStockPrice = defineTool({
  name: 'update_stock_price',
  description:
    "Set a stock's price (> 0). Its percent_change becomes the move from the old price, in percent. Returns " +
    '{symbol, old_price, new_price, percent_change}.',
  input: z.object({ symbol: z.string(), new_price: z.number() }),
  handler: (state: Draft<TradingState>, args) => {
    requireText(args.symbol, 'Symbol');
    if (!(args.new_price > 0)) throw new ToolError('New price must be a positive number');
    const stock = ownEntry(state.stocks, args.symbol);
    if (!stock) throw new ToolError(`Stock symbol ${args.symbol} not found`);
    const old_price = stock.price;
    const percent_change = ((args.new_price - old_price) / old_price) * 100;
    stock.price = args.new_price;
    stock.percent_change = percent_change;
    return { symbol: args.symbol, old_price, new_price: args.new_price, percent_change };
  },
});
