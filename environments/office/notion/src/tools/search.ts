import { containsText, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { pageAtOffset } from '../pagination.js';
import { defineNotionTool } from '../scenario.js';
import { requireBoundedPageSize } from './checks.js';

export const notionSearch = defineNotionTool({
  name: 'notion_search',
  description:
    'Find pages and databases that are not archived and whose title contains the query (case-insensitive; no query matches all). ' +
    'Pages come first, then databases, each as {object_id, object_type, title}. Paged page_size (1-100) at a time: next_cursor ' +
    'is the position to pass as start_cursor. filter and sort are accepted but not applied.',
  input: z.object({
    query: z.string().nullable().default(null),
    filter: z.record(z.string(), z.any()).nullable().default(null),
    sort: z.record(z.string(), z.any()).nullable().default(null),
    start_cursor: z.string().nullable().default(null),
    page_size: anyInteger().default(100),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireBoundedPageSize(args.page_size);
    const needle = args.query?.toLowerCase() ?? null;
    const matches = (title: string) => needle === null || containsText(title.toLowerCase(), needle);
    const pages = Object.entries(state.pages)
      .filter(([, page]) => !page.archived && matches(page.title))
      .map(([id, page]) => ({ object_id: id, object_type: 'page', title: page.title }));
    const databases = Object.entries(state.databases)
      .filter(([, database]) => !database.archived && matches(database.title))
      .map(([id, database]) => ({ object_id: id, object_type: 'database', title: database.title }));
    const page = pageAtOffset([...pages, ...databases], args.start_cursor, args.page_size);
    return { results: page.items, next_cursor: page.nextCursor, has_more: page.hasMore };
  },
});
