import type { Author, Book, Library, OpenLibraryState } from '../scenario.js';
import { BUILTIN_LIBRARY } from './builtin.js';

/** The catalog a call answers from: the scenario's own, or the built-in one. */
export function libraryOf(state: OpenLibraryState): Library {
  return state.library ?? BUILTIN_LIBRARY;
}

// Searches match every word of the query, ignoring case and punctuation, as a person expects of a
// catalog search ("hobbit" finds The Hobbit; "lord rings" finds nothing unless both words occur).
const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function containsAllWords(haystack: string, query: string): boolean {
  const have = new Set(words(haystack));
  const wanted = words(query);
  return wanted.length > 0 && wanted.every((word) => have.has(word));
}

export function booksByTitle(library: Library, title: string): Book[] {
  return library.books.filter((book) => containsAllWords(book.title, title));
}

export function authorsByName(library: Library, name: string): Author[] {
  return library.authors.filter((author) => containsAllWords(author.name, name));
}

export function authorByKey(library: Library, key: string): Author | undefined {
  return library.authors.find((author) => author.key === key);
}

/** The edition an identifier names: by ISBN, LCCN or OCLC number, or by its Open Library id (olid). */
export function bookByIdentifier(library: Library, identifier: string, type: string): Book | undefined {
  return library.books.find((book) => {
    switch (type) {
      case 'lccn':
        return book.lccn.includes(identifier);
      case 'oclc':
        return book.oclc.includes(identifier);
      case 'olid':
        return book.key === `/books/${identifier}`;
      default:
        return book.isbn.includes(identifier);
    }
  });
}
