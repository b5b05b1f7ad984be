import type { z } from 'zod';
import { builtinLibrary } from '../library/builtin.js';
import type { scenarioSchema } from '../scenario.js';

// The built-in catalog plus a shelf of a small press's titles: a book with no ISBN (findable by its
// Open Library id only), two books sharing a title word with classics, and an author with no bio or
// photos — the edges worth trying.
export const demo: z.input<typeof scenarioSchema> = {
  library: {
    authors: [
      ...(builtinLibrary.authors ?? []),
      { key: '/authors/OL9900001A', name: 'Ines Carvalho', birth_date: '1984', top_work: 'The Hobbit Hole Cookbook', work_count: 3 },
    ],
    books: [
      ...(builtinLibrary.books ?? []),
      {
        key: '/books/OL9900101M',
        title: 'The Hobbit Hole Cookbook',
        authors: ['/authors/OL9900001A'],
        first_publish_year: 2021,
        publishers: ['Quince Press'],
        publish_date: 'May 2021',
        isbn: ['9781990010101'],
      },
      {
        key: '/books/OL9900102M',
        title: 'Pride and Pastry',
        authors: ['/authors/OL9900001A'],
        first_publish_year: 2023,
        publishers: ['Quince Press'],
        publish_date: '2023',
      },
      {
        key: '/books/OL9900103M',
        title: 'Letters from Lisbon',
        authors: ['/authors/OL9900001A', '/authors/OL24638A'],
        first_publish_year: 2024,
        oclc: ['1400221100'],
      },
    ],
  },
};
