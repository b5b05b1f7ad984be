import { describe, expect, it } from 'vitest';
import { openLibrary as library } from '../src/index.js';

const call = (name: string, args: Record<string, unknown>, scenario: unknown = {}) => library.call(library.load(scenario), name, args);

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = library.loadPreset('demo');
  const outcome = library.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('state', () => {
  it('saves an EnvFactory scenario back exactly as it came: the built-in catalog is not copied into it', () => {
    const scenario = { base_url: 'https://openlibrary.org', covers_url: 'https://covers.example' };
    expect(library.save(library.load(scenario))).toEqual(scenario);
    expect(library.save(library.load({}))).toEqual({ base_url: 'https://openlibrary.org', covers_url: 'https://covers.openlibrary.org' });
  });

  it('answers from a catalog the scenario brings instead of the built-in one', () => {
    const own = { library: { books: [{ key: '/books/OL1M', title: 'Field Notes', isbn: ['123'] }], authors: [] } };
    expect(call('get_book_by_title', { title: 'hobbit' }, own).content).toEqual({ title: 'hobbit', matches: [] });
    expect((call('get_book_by_id', { identifier: '123' }, own).content as { title: string }).title).toBe('Field Notes');
  });
});

describe('books', () => {
  it('finds titles containing every word of the query, with author names and the first cover', () => {
    expect(call('get_book_by_title', { title: 'the HOBBIT' }).content).toEqual({
      title: 'the HOBBIT',
      matches: [
        {
          key: '/books/OL7353617M',
          title: 'The Hobbit',
          author_name: ['J.R.R. Tolkien'],
          first_publish_year: 1937,
          isbn: ['0618260307', '9780618260300'],
          cover_i: 8406786,
        },
      ],
    });
    expect((call('get_book_by_title', { title: 'frankenstein prometheus' }).content as { matches: unknown[] }).matches).toHaveLength(1);
    expect((call('get_book_by_title', { title: 'hobbit rings' }).content as { matches: unknown[] }).matches).toEqual([]);
  });

  it('looks an edition up by each kind of identifier, and answers empty fields for an unknown one', () => {
    const hobbit = call('get_book_by_id', { identifier: '9780618260300' }).content;
    expect(hobbit).toEqual({
      title: 'The Hobbit',
      authors: [{ name: 'J.R.R. Tolkien', key: '/authors/OL23919A' }],
      publishers: ['Houghton Mifflin'],
      publish_date: '1997',
      covers: [8406786],
      identifiers: { isbn: ['0618260307', '9780618260300'], lccn: ['97173764'], oclc: ['36960221'], openlibrary: ['OL7353617M'] },
      key: '/books/OL7353617M',
    });
    expect(call('get_book_by_id', { identifier: '97173764', identifier_type: 'lccn' }).content).toEqual(hobbit);
    expect(call('get_book_by_id', { identifier: 'OL7353617M', identifier_type: 'olid' }).content).toEqual(hobbit);
    expect(call('get_book_by_id', { identifier: '0000000000' }).content).toEqual({
      title: '',
      authors: [],
      publishers: [],
      publish_date: '',
      covers: [],
      identifiers: {},
      key: '',
    });
    expectFailure('get_book_by_id', { identifier: 'x', identifier_type: 'doi' }, 'identifier_type must be one of: isbn, lccn, oclc, olid');
  });

  it('builds cover URLs from the scenario’s covers service', () => {
    expect(
      call('get_book_cover', { identifier: '8406786', identifier_type: 'id', size: 'L' }, { covers_url: 'https://covers.example' }).content,
    ).toEqual({
      url: 'https://covers.example/b/ID/8406786-L.jpg',
      identifier: '8406786',
      identifier_type: 'id',
      size: 'L',
    });
    expectFailure('get_book_cover', { identifier: 'x', size: 'XL' }, 'size must be one of: S, M, L');
    expectFailure(
      'get_book_cover',
      { identifier: 'x', identifier_type: 'ISBN' },
      'identifier_type must be one of: isbn, oclc, lccn, olid, id',
    );
  });
});

describe('authors', () => {
  it('finds authors by name words, capped by limit', () => {
    const found = call('get_authors_by_name', { name: 'austen' }).content;
    expect(found).toEqual({
      authors: [
        {
          key: '/authors/OL24638A',
          name: 'Jane Austen',
          birth_date: '16 December 1775',
          top_work: 'Pride and Prejudice',
          work_count: 2419,
        },
      ],
      count: 1,
    });
    const demo = library.loadPreset('demo');
    expect((library.call(demo, 'get_authors_by_name', { name: 'a', limit: 1 }).content as { count: number }).count).toBe(0);
    expect((library.call(demo, 'get_authors_by_name', { name: 'Ines', limit: '1' }).content as { count: number }).count).toBe(1);
  });

  it('reads an author record by bare or full key, and fails with 404 for an unknown one', () => {
    const bare = call('get_author_info', { author_key: 'OL118077A' }).content;
    expect(bare).toEqual(call('get_author_info', { author_key: '/authors/OL118077A' }).content);
    expect(bare).toMatchObject({ name: 'Mary Shelley', photos: [], wikipedia: null });
    expectFailure('get_author_info', { author_key: 'OL0A' }, /Author \/authors\/OL0A not found.*404/);
    expectFailure('get_author_info', { author_key: '' }, 'author_key must be a non-empty string');
  });
});
