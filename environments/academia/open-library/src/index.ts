import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getAuthorInfo } from './tools/get-author-info.js';
import { getAuthorsByName } from './tools/get-authors-by-name.js';
import { getBookById } from './tools/get-book-by-id.js';
import { getBookByTitle } from './tools/get-book-by-title.js';
import { getBookCover } from './tools/get-book-cover.js';

export const openLibrary = defineEnvironment({
  name: 'OpenLibrary',
  domain: 'academia',
  version: '0.1.0',
  description:
    "Open Library, offline: search books by title and authors by name, look an edition up by ISBN, LCCN, OCLC or Open Library id, read an author's record, and build a cover image URL.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getBookByTitle, getBookById, getAuthorsByName, getAuthorInfo, getBookCover],
});

export default openLibrary;
export { scenarioSchema };
export type { OpenLibraryState } from './scenario.js';
