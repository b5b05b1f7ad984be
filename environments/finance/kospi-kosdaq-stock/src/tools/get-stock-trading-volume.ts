import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { KospiKosdaqState } from '../scenario.js';
import { checkRange, rangeArgs, recordsInRange } from './date-range.js';

export const getStockTradingVolume = defineTool({
  name: 'get_stock_trading_volume',
  description:
    'Daily net trading volume of one stock by investor type (individual, institutional, foreign) between ' +
    'fromdate and todate (YYYYMMDD, both included). Returns {ticker, data}; data is empty for a ticker or range ' +
    'with no records.',
  input: z.object(rangeArgs),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<KospiKosdaqState>, args) => {
    checkRange(args);
    return recordsInRange(state.trading_volume_data, args);
  },
});
