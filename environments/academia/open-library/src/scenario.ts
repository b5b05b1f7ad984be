import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's OpenLibrary scenario (the two service URLs) plus, optionally, the catalog
// this offline stand-in answers from. The reference calls the live Open Library service; here the
// books and authors are data. `library` is left out of the state unless a scenario gives one, so an
// EnvFactory scenario saves back exactly as it came, and the built-in catalog (src/library) answers.

export const bookSchema = z.object({
  /** The edition key, "/books/OL…M". */
  key: z.string(),
  title: z.string(),
  /** Author keys, "/authors/OL…A". */
  authors: z.array(z.string()).default(() => []),
  first_publish_year: z.int().nullable().default(null),
  publishers: z.array(z.string()).default(() => []),
  publish_date: z.string().default(''),
  isbn: z.array(z.string()).default(() => []),
  lccn: z.array(z.string()).default(() => []),
  oclc: z.array(z.string()).default(() => []),
  covers: z.array(z.int()).default(() => []),
});

export const authorSchema = z.object({
  /** "/authors/OL…A". */
  key: z.string(),
  name: z.string(),
  birth_date: z.string().nullable().default(null),
  death_date: z.string().nullable().default(null),
  bio: z.string().default(''),
  top_work: z.string().nullable().default(null),
  work_count: z.int().nullable().default(null),
  photos: z.array(z.int()).default(() => []),
  wikipedia: z.string().nullable().default(null),
});

export const librarySchema = z.object({
  books: z.array(bookSchema).default(() => []),
  authors: z.array(authorSchema).default(() => []),
});

export const scenarioSchema = z.object({
  base_url: z.string().default('https://openlibrary.org'),
  covers_url: z.string().default('https://covers.openlibrary.org'),
  library: librarySchema.optional(),
});

export type OpenLibraryState = z.output<typeof scenarioSchema>;
export type Library = z.output<typeof librarySchema>;
export type Book = z.output<typeof bookSchema>;
export type Author = z.output<typeof authorSchema>;

/** defineTool for this environment: handlers receive a typed draft of OpenLibraryState. */
export const defineOpenLibraryTool = toolsFor<OpenLibraryState>();
