import { anyInteger, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol } from './require-text.js';
import { symbolData } from './symbol-data.js';

export const getEarningDates = defineYahooFinanceTool({
  name: 'get_earning_dates',
  description:
    "A company's earnings announcements in stored order (date, type, actualEPS, estimatedEPS, surprise; null when " +
    'not yet known), the first `limit` of them (12 by default; a negative limit drops that many from the end). ' +
    'Fails when the symbol has no earnings data.',
  input: z.object({
    symbol: z.string(),
    limit: anyInteger().default(12),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    const earnings = symbolData(state.earnings_dates, args.symbol, 'Earnings data');
    return { earnings_dates: pythonSlice(earnings, null, args.limit) };
  },
});
