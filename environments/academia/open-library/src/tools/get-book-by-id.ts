import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { authorByKey, bookByIdentifier, libraryOf } from '../library/catalog.js';
import { defineOpenLibraryTool } from '../scenario.js';
import { requireText } from './text-argument.js';

const TYPES = ['isbn', 'lccn', 'oclc', 'olid'];

export const getBookById = defineOpenLibraryTool({
  name: 'get_book_by_id',
  description:
    'An edition by ISBN (default), LCCN, OCLC number or Open Library id (olid, e.g. OL7353617M): title, authors ' +
    '({name, key}), publishers, publish date, cover ids, identifiers and key. An identifier the catalog does not ' +
    'know gives the same fields, empty.',
  input: z.object({
    identifier: z.string(),
    identifier_type: z.string().default('isbn'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.identifier, 'identifier');
    if (!TYPES.includes(args.identifier_type)) throw new ToolError('identifier_type must be one of: isbn, lccn, oclc, olid');
    const library = libraryOf(state);
    const book = bookByIdentifier(library, args.identifier, args.identifier_type);
    if (!book) return { title: '', authors: [], publishers: [], publish_date: '', covers: [], identifiers: {}, key: '' };
    return {
      title: book.title,
      authors: book.authors.map((key) => ({ name: authorByKey(library, key)?.name ?? '', key })),
      publishers: book.publishers,
      publish_date: book.publish_date,
      covers: book.covers,
      identifiers: {
        ...(book.isbn.length ? { isbn: book.isbn } : {}),
        ...(book.lccn.length ? { lccn: book.lccn } : {}),
        ...(book.oclc.length ? { oclc: book.oclc } : {}),
        openlibrary: [book.key.replace('/books/', '')],
      },
      key: book.key,
    };
  },
});
