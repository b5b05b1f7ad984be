import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineFinancialDatasetsTool } from '../scenario.js';
import { requireText } from './require-text.js';

export const getCompanyNews = defineFinancialDatasetsTool({
  name: 'get_company_news',
  description:
    'News articles about a company (title, url, published_at, source), the first `limit` (default 10, at least ' +
    '1) in stored order. An unknown symbol gives an empty list.',
  input: z.object({
    symbol: z.string(),
    limit: anyInteger().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.symbol, 'Symbol', 'symbol');
    if (args.limit <= 0) throw new ToolError(`Limit must be a positive integer, got ${args.limit}: pass "limit" of 1 or more`);
    const articles = ownEntry(state.company_news, args.symbol) ?? [];
    return { symbol: args.symbol, news: articles.slice(0, args.limit) };
  },
});
