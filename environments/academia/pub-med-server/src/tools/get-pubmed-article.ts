import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePubMedServerTool } from '../scenario.js';
import { requireText } from './article-fields.js';

export const getPubmedArticle = definePubMedServerTool({
  name: 'get_pubmed_article',
  description:
    'One article by PMID, as stored: pmid, title, authors, journal, publication date, abstract, publication types, ' +
    'MeSH terms and DOI. Fails for an unknown PMID.',
  input: z.object({
    pmid: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.pmid, 'pmid');
    if (!Object.hasOwn(state.articles, args.pmid)) throw new ToolError(`Article with PMID ${args.pmid} not found`);
    return ownEntry(state.articles, args.pmid);
  },
});
