import { containsText, anyInteger, ownEntry, pythonStr } from '@envfleet/kit';
import { z } from 'zod';
import { definePubMedServerTool } from '../scenario.js';
import { articleText, firstResults, requireText } from './article-fields.js';

export const searchPubmedByJournal = definePubMedServerTool({
  name: 'search_pubmed_by_journal',
  description:
    'Articles in a journal whose name contains the query (case-insensitive), optionally only those whose pub_date ' +
    'starts with the year, first `max_results` (default 10): {journal, year, articles, count}. Cached under the arguments.',
  input: z.object({
    journal: z.string(),
    year: anyInteger().nullable().default(null),
    max_results: anyInteger().default(10),
  }),
  handler: (state, args) => {
    requireText(args.journal, 'journal');
    const key = `${args.journal}|${pythonStr(args.year)}|${args.max_results}`;
    const cached = ownEntry(state.journal_results, key);
    if (cached !== undefined) return cached;
    const wanted = args.journal.toLowerCase();
    const matches = Object.entries(state.articles).filter(
      ([pmid, article]) =>
        containsText(articleText(article, pmid, 'journal').toLowerCase(), wanted) &&
        (args.year === null || articleText(article, pmid, 'pub_date').startsWith(String(args.year))),
    );
    const articles = firstResults(matches, args.max_results).map(([, article]) => article);
    const result = { journal: args.journal, year: args.year, articles, count: articles.length };
    state.journal_results[key] = result;
    return result;
  },
});
