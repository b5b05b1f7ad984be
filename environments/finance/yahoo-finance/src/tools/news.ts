import { anyInteger, compareCodePoints, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineYahooFinanceTool } from '../scenario.js';
import { requireSymbol } from './require-text.js';

export const getNews = defineYahooFinanceTool({
  name: 'get_news',
  description:
    'News about a stock in stored order (title, link, publisher, publishDate, summary), optionally published ' +
    'between start_date and/or end_date inclusive (YYYY-MM-DD, compared as text), at most `limit` articles ' +
    '(50 by default). A symbol without news gives an empty list.',
  input: z.object({
    symbol: z.string(),
    start_date: z.string().nullable().default(null),
    end_date: z.string().nullable().default(null),
    limit: anyInteger().default(50),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireSymbol(args.symbol);
    const articles = [];
    for (const article of ownEntry(state.news_articles, args.symbol) ?? []) {
      const afterStart = args.start_date === null || compareCodePoints(article.publishDate, args.start_date) >= 0;
      const beforeEnd = args.end_date === null || compareCodePoints(article.publishDate, args.end_date) <= 0;
      if (!afterStart || !beforeEnd) continue;
      articles.push(article);
      // The reference checks the count only after taking an article, so a limit of 0 or less still
      // returns the first match; kept so that the same call gives the same answer.
      if (articles.length >= args.limit) break;
    }
    return { news_articles: articles };
  },
});
