import { anyInteger, defineTool, type Draft, ownEntry, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CryptoPriceState } from '../scenario.js';
import { normalizeSymbol } from './symbol.js';

export const getHistoricalAnalysis = defineTool({
  name: 'get_historical_analysis',
  description:
    'Recent price history of one cryptocurrency: the last `days` recorded points (default 30, oldest first), ' +
    'each {timestamp, price, volume}. Fewer are returned when less history is recorded. symbol is case-insensitive.',
  input: z.object({
    symbol: z.string(),
    days: anyInteger().default(30),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CryptoPriceState>, args) => {
    const symbol = normalizeSymbol(args.symbol);
    if (args.days <= 0) throw new ToolError(`days must be a positive integer, got ${args.days}`);
    const history = ownEntry(state.historical_data, symbol);
    if (!history) throw new ToolError(`Historical data for ${symbol} not found`);
    // The last N points; a count beyond the recorded history returns all of it.
    return pythonSlice(history, -args.days, null);
  },
});
