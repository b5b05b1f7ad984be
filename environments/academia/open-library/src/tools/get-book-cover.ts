import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineOpenLibraryTool } from '../scenario.js';
import { requireText } from './text-argument.js';

const TYPES = ['isbn', 'oclc', 'lccn', 'olid', 'id'];
const SIZES = ['S', 'M', 'L'];

export const getBookCover = defineOpenLibraryTool({
  name: 'get_book_cover',
  description:
    "The URL of a book's cover image on the covers service, by ISBN (default), OCLC, LCCN, olid or cover id, in " +
    'size S, M (default) or L: {url, identifier, identifier_type, size}. The URL is built, not looked up.',
  input: z.object({
    identifier: z.string(),
    identifier_type: z.string().default('isbn'),
    size: z.string().default('M'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.identifier, 'identifier');
    if (!TYPES.includes(args.identifier_type)) throw new ToolError('identifier_type must be one of: isbn, oclc, lccn, olid, id');
    if (!SIZES.includes(args.size)) throw new ToolError('size must be one of: S, M, L');
    return {
      url: `${state.covers_url}/b/${args.identifier_type.toUpperCase()}/${args.identifier}-${args.size}.jpg`,
      identifier: args.identifier,
      identifier_type: args.identifier_type,
      size: args.size,
    };
  },
});
