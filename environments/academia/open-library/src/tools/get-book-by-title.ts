import { z } from 'zod';
import { booksByTitle, libraryOf } from '../library/catalog.js';
import { defineOpenLibraryTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getBookByTitle = defineOpenLibraryTool({
  name: 'get_book_by_title',
  description:
    'Search the catalog for books whose title contains every word given (case and punctuation ignored): ' +
    '{title, matches: [{key, title, author_name, first_publish_year, isbn, cover_i}]}.',
  input: z.object({
    title: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.title, 'title');
    const library = libraryOf(state);
    const matches = booksByTitle(library, args.title).map((book) => ({
      key: book.key,
      title: book.title,
      author_name: book.authors.map((key) => library.authors.find((author) => author.key === key)?.name ?? key),
      first_publish_year: book.first_publish_year,
      isbn: book.isbn,
      cover_i: book.covers[0] ?? null,
    }));
    return { title: args.title, matches };
  },
});
