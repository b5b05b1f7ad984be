import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { KospiKosdaqState } from '../scenario.js';
import { checkRange, rangeArgs, recordsInRange } from './date-range.js';

export const getStockMarketCap = defineTool({
  name: 'get_stock_market_cap',
  description:
    'Daily market capitalization (KRW) of one stock between fromdate and todate (YYYYMMDD, both included). ' +
    'Returns {ticker, data}; data is empty for a ticker or range with no records.',
  input: z.object(rangeArgs),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<KospiKosdaqState>, args) => {
    checkRange(args);
    return recordsInRange(state.market_cap_data, args);
  },
});
