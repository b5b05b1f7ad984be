import { anyInteger, defaultNull, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineWikipediaServerTool } from '../scenario.js';
import { edition, pageByTitle, pageUrl, requirePage } from '../wiki/encyclopedia.js';
import { languageOf, requireTitle } from './resolve.js';

export const getRelatedPages = defineWikipediaServerTool({
  name: 'get_related_pages',
  description:
    "Pages related to a page, most related first, at most `limit` (default: the scenario's related limit; a " +
    'negative limit drops that many from the end, as a Python slice does): {title, related: [{title, pageid, ' +
    'extract, url}]}. Fails (404) for a page the edition does not have.',
  input: z.object({
    title: z.string(),
    limit: defaultNull(anyInteger()),
    language: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTitle(args.title);
    const language = languageOf(state, args.language);
    const pages = edition(state, language);
    const page = requirePage(pages, args.title, language);
    const related = page.related.flatMap((title) => {
      const other = pageByTitle(pages, title);
      return other ? [{ title: other.title, pageid: other.pageid, extract: other.extract, url: pageUrl(language, other.title) }] : [];
    });
    return { title: args.title, related: pythonSlice(related, null, args.limit ?? state.default_related_limit) };
  },
});
