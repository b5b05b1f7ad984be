import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { KospiKosdaqState } from '../scenario.js';
import { checkRange, rangeArgs, recordsInRange } from './date-range.js';

export const getStockOhlcv = defineTool({
  name: 'get_stock_ohlcv',
  description:
    'Daily open, high, low, close and volume of one stock between fromdate and todate (YYYYMMDD, both ' +
    'included). adjusted=true reads the split- and dividend-adjusted series instead of raw prices. Returns ' +
    '{ticker, data}; data is empty for a ticker or range with no records.',
  input: z.object({ ...rangeArgs, adjusted: z.boolean().nullable().default(false) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<KospiKosdaqState>, args) => {
    checkRange(args);
    return recordsInRange(args.adjusted ? state.ohlcv_adjusted_data : state.ohlcv_data, args);
  },
});
