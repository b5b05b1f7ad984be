import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { authorByKey, libraryOf } from '../library/catalog.js';
import { defineOpenLibraryTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getAuthorInfo = defineOpenLibraryTool({
  name: 'get_author_info',
  description:
    "An author's record by key ('OL23919A' or '/authors/OL23919A'): name, bio, birth and death dates, photo ids and " +
    'Wikipedia link. Fails for a key the catalog does not know, as the service answers 404.',
  input: z.object({
    author_key: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.author_key, 'author_key');
    const key = args.author_key.startsWith('/authors/') ? args.author_key : `/authors/${args.author_key}`;
    const author = authorByKey(libraryOf(state), key);
    if (!author) throw new ToolError(`Author ${key} not found (the service answers 404 Not Found)`);
    return {
      key: author.key,
      name: author.name,
      bio: author.bio,
      birth_date: author.birth_date,
      death_date: author.death_date,
      photos: author.photos,
      wikipedia: author.wikipedia,
    };
  },
});
