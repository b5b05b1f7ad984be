import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { authorsByName, libraryOf } from '../library/catalog.js';
import { defineOpenLibraryTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getAuthorsByName = defineOpenLibraryTool({
  name: 'get_authors_by_name',
  description:
    'Authors whose name contains every word given (case and punctuation ignored), at most `limit` (default 10; ' +
    '0 or less means no cap): {authors: [{key, name, birth_date, top_work, work_count}], count}.',
  input: z.object({
    name: z.string(),
    limit: anyInteger().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.name, 'name');
    const found = authorsByName(libraryOf(state), args.name);
    const authors = (args.limit > 0 ? found.slice(0, args.limit) : found).map(({ key, name, birth_date, top_work, work_count }) => ({
      key,
      name,
      birth_date,
      top_work,
      work_count,
    }));
    return { authors, count: authors.length };
  },
});
