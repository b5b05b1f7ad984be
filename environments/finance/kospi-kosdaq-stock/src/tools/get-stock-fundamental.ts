import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { KospiKosdaqState } from '../scenario.js';
import { checkRange, rangeArgs, recordsInRange } from './date-range.js';

export const getStockFundamental = defineTool({
  name: 'get_stock_fundamental',
  description:
    'Daily valuation ratios of one stock between fromdate and todate (YYYYMMDD, both included): per ' +
    '(price/earnings), pbr (price/book) and dividend_yield (%). Returns {ticker, data}; data is empty for a ticker ' +
    'or range with no records.',
  input: z.object(rangeArgs),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<KospiKosdaqState>, args) => {
    checkRange(args);
    return recordsInRange(state.fundamental_data, args);
  },
});
