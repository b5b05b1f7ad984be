import { anyInteger, defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineWikipediaServerTool } from '../scenario.js';
import { edition, searchPages, thumbnailOf } from '../wiki/encyclopedia.js';
import { languageOf } from './resolve.js';

export const searchWikipedia = defineWikipediaServerTool({
  name: 'search_wikipedia',
  description:
    "Search a Wikipedia edition (default: the scenario's language) for pages whose title or lead contains every " +
    "word of the query, title matches first, at most `limit` (1–100; default: the scenario's search limit): " +
    '{query, results: [{title, pageid, excerpt, description, thumbnail}]}.',
  input: z.object({
    query: z.string(),
    limit: defaultNull(anyInteger()),
    language: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.query) throw new ToolError('query must be a non-empty string');
    const limit = args.limit ?? state.default_search_limit;
    // The search service refuses limits outside 1–100 (HTTP 400).
    if (limit < 1 || limit > 100)
      throw new ToolError(`limit must be between 1 and 100, got ${limit} (the search service answers 400 Bad Request)`);
    const results = searchPages(edition(state, languageOf(state, args.language)), args.query)
      .slice(0, limit)
      .map((page) => ({
        title: page.title,
        pageid: page.pageid,
        excerpt: page.extract.length > 160 ? `${page.extract.slice(0, 160)}…` : page.extract,
        description: page.description,
        thumbnail: thumbnailOf(page),
      }));
    return { query: args.query, results };
  },
});
