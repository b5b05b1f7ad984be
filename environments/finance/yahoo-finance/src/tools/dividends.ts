import { compareCodePoints, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol } from './require-text.js';

export const getDividends = defineYahooFinanceTool({
  name: 'get_dividends',
  description:
    "A stock's dividends per share by ex-dividend date, {dividends: {date: amount}} in stored order, optionally " +
    'between start_date and/or end_date inclusive (compared as text: use YYYY-MM-DD). A symbol without dividends ' +
    'gives an empty map.',
  input: z.object({
    symbol: z.string(),
    start_date: z.string().nullable().default(null),
    end_date: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    const dividends: Record<string, number> = {};
    for (const [date, dividend] of Object.entries(ownEntry(state.dividends, args.symbol) ?? {})) {
      const afterStart = args.start_date === null || compareCodePoints(date, args.start_date) >= 0;
      const beforeEnd = args.end_date === null || compareCodePoints(date, args.end_date) <= 0;
      if (afterStart && beforeEnd) dividends[date] = dividend.amount;
    }
    return { dividends };
  },
});
