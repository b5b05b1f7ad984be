import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHackerNewsTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const search = defineHackerNewsTool({
  name: 'search',
  description:
    'Search Hacker News stories: {hits: [story…]} with id, title, url, author, points and time. Results are on ' +
    'file per exact query (no partial matching); an unknown query gives no hits. content_type, page and ' +
    'hits_per_page are accepted but, as in the reference, do not change the answer.',
  input: z.object({
    query: z.string(),
    content_type: z.string().nullable().default(null),
    page: anyInteger().nullable().default(null),
    hits_per_page: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.query, 'Query');
    return { hits: ownEntry(state.searchResults, args.query) ?? [] };
  },
});
