import type { z } from 'zod';
import { librarySchema } from '../scenario.js';

type Input = z.input<typeof librarySchema>;
type BookInput = NonNullable<Input['books']>[number];

const book = (key: string, title: string, authors: string[], year: number, extra: Partial<BookInput> = {}): BookInput => ({
  key,
  title,
  authors,
  first_publish_year: year,
  ...extra,
});

// The catalog the service answers from when a scenario brings none: well-known books and their
// authors, with Open Library-style keys and identifiers (illustrative, not copied from the service).
export const builtinLibrary: Input = {
  authors: [
    {
      key: '/authors/OL23919A',
      name: 'J.R.R. Tolkien',
      birth_date: '3 January 1892',
      death_date: '2 September 1973',
      bio: 'English writer and philologist, author of The Hobbit and The Lord of the Rings.',
      top_work: 'The Hobbit',
      work_count: 642,
      photos: [6155606],
      wikipedia: 'https://en.wikipedia.org/wiki/J._R._R._Tolkien',
    },
    {
      key: '/authors/OL24638A',
      name: 'Jane Austen',
      birth_date: '16 December 1775',
      death_date: '18 July 1817',
      bio: 'English novelist known for her social commentary on the British landed gentry.',
      top_work: 'Pride and Prejudice',
      work_count: 2419,
      photos: [12645114],
      wikipedia: 'https://en.wikipedia.org/wiki/Jane_Austen',
    },
    {
      key: '/authors/OL118077A',
      name: 'Mary Shelley',
      birth_date: '30 August 1797',
      death_date: '1 February 1851',
      bio: 'English novelist who wrote the Gothic novel Frankenstein.',
      top_work: 'Frankenstein',
      work_count: 623,
    },
    {
      key: '/authors/OL31574A',
      name: 'Toni Morrison',
      birth_date: '18 February 1931',
      death_date: '5 August 2019',
      bio: 'American novelist, Nobel Prize in Literature 1993.',
      top_work: 'Beloved',
      work_count: 158,
      wikipedia: 'https://en.wikipedia.org/wiki/Toni_Morrison',
    },
    {
      key: '/authors/OL2162284A',
      name: 'Chinua Achebe',
      birth_date: '16 November 1930',
      death_date: '21 March 2013',
      bio: 'Nigerian novelist, poet and critic.',
      top_work: 'Things Fall Apart',
      work_count: 174,
    },
    {
      key: '/authors/OL26320A',
      name: 'Gabriel García Márquez',
      birth_date: '6 March 1927',
      death_date: '17 April 2014',
      bio: 'Colombian novelist, a founder of magical realism in literature.',
      top_work: 'Cien años de soledad',
      work_count: 422,
    },
    {
      key: '/authors/OL1394244A',
      name: 'Ursula K. Le Guin',
      birth_date: '21 October 1929',
      death_date: '22 January 2018',
      top_work: 'A Wizard of Earthsea',
      work_count: 327,
    },
    { key: '/authors/OL7234434A', name: 'Ted Chiang', birth_date: '1967', top_work: 'Stories of Your Life and Others', work_count: 14 },
  ],
  books: [
    book('/books/OL7353617M', 'The Hobbit', ['/authors/OL23919A'], 1937, {
      publishers: ['Houghton Mifflin'],
      publish_date: '1997',
      isbn: ['0618260307', '9780618260300'],
      lccn: ['97173764'],
      oclc: ['36960221'],
      covers: [8406786],
    }),
    book('/books/OL27448M', 'The Fellowship of the Ring', ['/authors/OL23919A'], 1954, {
      publishers: ['Allen & Unwin'],
      publish_date: '1954',
      isbn: ['0261102354'],
      covers: [8474036],
    }),
    book('/books/OL21000M', 'Pride and Prejudice', ['/authors/OL24638A'], 1813, {
      publishers: ['Penguin Classics'],
      publish_date: '2003',
      isbn: ['0141439513', '9780141439518'],
      oclc: ['51738862'],
      covers: [14348537],
    }),
    book('/books/OL24364628M', 'Sense and Sensibility', ['/authors/OL24638A'], 1811, {
      publishers: ['Penguin Classics'],
      publish_date: '2003',
      isbn: ['0141439661'],
    }),
    book('/books/OL24274306M', 'Frankenstein, or The Modern Prometheus', ['/authors/OL118077A'], 1818, {
      publishers: ['Oxford University Press'],
      publish_date: '2008',
      isbn: ['9780199537150'],
      covers: [12356249],
    }),
    book('/books/OL1744367M', 'Beloved', ['/authors/OL31574A'], 1987, {
      publishers: ['Knopf'],
      publish_date: '1987',
      isbn: ['0394535979'],
      lccn: ['87045127'],
    }),
    book('/books/OL8244445M', 'Things Fall Apart', ['/authors/OL2162284A'], 1958, {
      publishers: ['Anchor Books'],
      publish_date: '1994',
      isbn: ['0385474547', '9780385474542'],
      covers: [6495958],
    }),
    book('/books/OL7827214M', 'One Hundred Years of Solitude', ['/authors/OL26320A'], 1967, {
      publishers: ['Harper Perennial'],
      publish_date: '2006',
      isbn: ['0060883286'],
      oclc: ['62889891'],
      covers: [8266524],
    }),
    book('/books/OL1022548M', 'A Wizard of Earthsea', ['/authors/OL1394244A'], 1968, {
      publishers: ['Parnassus Press'],
      publish_date: '1968',
      isbn: ['0395276535'],
    }),
    book('/books/OL7924145M', 'The Left Hand of Darkness', ['/authors/OL1394244A'], 1969, {
      publishers: ['Ace Books'],
      publish_date: '1969',
      isbn: ['0441478123'],
      covers: [2389291],
    }),
    book('/books/OL3961498M', 'Stories of Your Life and Others', ['/authors/OL7234434A'], 2002, {
      publishers: ['Tor'],
      publish_date: '2002',
      isbn: ['0765304182'],
    }),
    book('/books/OL26331930M', 'Exhalation', ['/authors/OL7234434A'], 2019, {
      publishers: ['Knopf'],
      publish_date: '2019',
      isbn: ['9781101947883'],
      covers: [8766342],
    }),
  ],
};

/** The built-in catalog, parsed once: tools only read it, so one copy serves every episode. */
export const BUILTIN_LIBRARY = Object.freeze(librarySchema.parse(builtinLibrary));
