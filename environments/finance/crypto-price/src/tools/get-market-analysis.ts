import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CryptoPriceState } from '../scenario.js';
import { normalizeSymbol } from './symbol.js';

export const getMarketAnalysis = defineTool({
  name: 'get_market_analysis',
  description:
    'How one cryptocurrency trades on each exchange: a list of {symbol, exchange, price, volume, timestamp}, one ' +
    'entry per exchange quote. symbol is case-insensitive. Fails when no exchange data is recorded for the coin.',
  input: z.object({ symbol: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CryptoPriceState>, args) => {
    const symbol = normalizeSymbol(args.symbol);
    const quotes = ownEntry(state.market_analysis, symbol);
    if (!quotes) throw new ToolError(`Market analysis for ${symbol} not found`);
    return quotes;
  },
});
