import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePubMedServerTool } from '../scenario.js';

export const fetchPubmedArticles = definePubMedServerTool({
  name: 'fetch_pubmed_articles',
  description: 'Several articles by PMID at once: {articles (those found, in the order asked), missing_pmids (the rest)}.',
  input: z.object({
    pmids: z.array(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.pmids.length === 0) throw new ToolError('pmids must be a non-empty list');
    const articles: unknown[] = [];
    const missing: string[] = [];
    for (const pmid of args.pmids) {
      if (Object.hasOwn(state.articles, pmid)) articles.push(state.articles[pmid]);
      else missing.push(pmid);
    }
    return { articles, missing_pmids: missing };
  },
});
