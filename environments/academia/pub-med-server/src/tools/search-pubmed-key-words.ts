import { containsText, anyInteger, ownEntry, pythonStr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePubMedServerTool } from '../scenario.js';
import { articleList, articleText, firstResults, requireText, sortByText } from './article-fields.js';

const SORTS = ['relevance', 'pub_date', 'journal'];

export const searchPubmedKeyWords = definePubMedServerTool({
  name: 'search_pubmed_key_words',
  description:
    'Articles whose title, abstract or MeSH terms contain the keywords (case-insensitive), sorted by relevance ' +
    '(stored order, default), pub_date (newest first) or journal, first `max_results` (default 10): {query, count, ' +
    'articles}. The answer is cached under the arguments and later searches with the same arguments return it.',
  input: z.object({
    key_words: z.string(),
    max_results: anyInteger().default(10),
    sort: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.key_words, 'key_words');
    if (args.sort !== null && !SORTS.includes(args.sort)) throw new ToolError('sort must be one of: relevance, pub_date, journal');
    const key = `${args.key_words}|${args.max_results}|${pythonStr(args.sort)}`;
    const cached = ownEntry(state.search_results, key);
    if (cached !== undefined) return cached;
    const wanted = args.key_words.toLowerCase();
    let matches: [string, unknown][] = Object.entries(state.articles).filter(([pmid, article]) => {
      const mesh = articleList(article, pmid, 'mesh_terms').join(' ');
      return [articleText(article, pmid, 'title'), articleText(article, pmid, 'abstract'), mesh].some((text) =>
        containsText(text.toLowerCase(), wanted),
      );
    });
    if (args.sort === 'pub_date') matches = sortByText(matches, 'pub_date', true);
    else if (args.sort === 'journal') matches = sortByText(matches, 'journal', false);
    const articles = firstResults(matches, args.max_results).map(([, article]) => article);
    const result = { query: args.key_words, count: articles.length, articles };
    state.search_results[key] = result;
    return result;
  },
});
