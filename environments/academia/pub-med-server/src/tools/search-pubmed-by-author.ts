import { containsText, anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { definePubMedServerTool } from '../scenario.js';
import { articleList, firstResults, requireText } from './article-fields.js';

export const searchPubmedByAuthor = definePubMedServerTool({
  name: 'search_pubmed_by_author',
  description:
    'Articles with an author whose name contains the query (case-insensitive: a last name, "Smith J", a full ' +
    'name), first `max_results` (default 10): {author, articles, count}. Cached under the arguments like the other searches.',
  input: z.object({
    author: z.string(),
    max_results: anyInteger().default(10),
  }),
  handler: (state, args) => {
    requireText(args.author, 'author');
    const key = `${args.author}|${args.max_results}`;
    const cached = ownEntry(state.author_results, key);
    if (cached !== undefined) return cached;
    const wanted = args.author.toLowerCase();
    const matches = Object.entries(state.articles).filter(([pmid, article]) =>
      articleList(article, pmid, 'authors').some((name) => containsText(name.toLowerCase(), wanted)),
    );
    const articles = firstResults(matches, args.max_results).map(([, article]) => article);
    const result = { author: args.author, articles, count: articles.length };
    state.author_results[key] = result;
    return result;
  },
});
