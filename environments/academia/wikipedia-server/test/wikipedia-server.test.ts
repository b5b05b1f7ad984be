import { describe, expect, it } from 'vitest';
import { wikipediaServer as wikipedia } from '../src/index.js';

const call = (name: string, args: Record<string, unknown>, scenario: unknown = {}) => wikipedia.call(wikipedia.load(scenario), name, args);
const content = (name: string, args: Record<string, unknown>, scenario: unknown = {}) => call(name, args, scenario).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, scenario: unknown = {}) {
  const before = wikipedia.load(scenario);
  const outcome = wikipedia.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('state', () => {
  it('saves an EnvFactory scenario back exactly as it came', () => {
    const scenario = { default_language: 'de', default_search_limit: 7, default_related_limit: 2 };
    expect(wikipedia.save(wikipedia.load(scenario))).toEqual(scenario);
  });

  it('refuses limits the reference does not allow', () => {
    expect(() => wikipedia.load({ default_search_limit: 51 })).toThrow(/default_search_limit/);
  });
});

describe('search_wikipedia', () => {
  it('finds pages by title first, then by lead, up to the default or given limit', () => {
    const titles = (args: Record<string, unknown>, scenario: unknown = {}) =>
      (content('search_wikipedia', args, scenario) as { results: { title: string }[] }).results.map((r) => r.title);
    expect(titles({ query: 'turing' })).toEqual(['Alan Turing', 'Turing machine']);
    expect(titles({ query: 'computer' })).toEqual(['Alan Turing', 'Analytical Engine']);
    expect(titles({ query: 'computer', limit: 1 })).toEqual(['Alan Turing']);
    expect(titles({ query: 'turing', language: 'fr' })).toEqual(['Alan Turing', 'Machine de Turing']);
    expect(titles({ query: 'turing' }, { default_language: 'fr' })).toEqual(['Alan Turing', 'Machine de Turing']);
  });

  it('fails as the service does for a limit outside 1–100 or an edition that does not exist', () => {
    expectFailure('search_wikipedia', { query: 'x', limit: 0 }, /limit must be between 1 and 100, got 0/);
    expectFailure(
      'search_wikipedia',
      { query: 'x', language: 'xx' },
      'No Wikipedia edition for language "xx" (xx.wikipedia.org cannot be reached)',
    );
    expectFailure('search_wikipedia', { query: '' }, 'query must be a non-empty string');
  });
});

describe('pages', () => {
  it('reads an article with its wikitext and sections, by exact title (first letter and underscores aside)', () => {
    const article = content('get_article', { title: 'enigma_machine' }) as {
      title: string;
      url: string;
      sections: unknown[];
      text: string;
    };
    expect(article.title).toBe('Enigma machine');
    expect(article.url).toBe('https://en.wikipedia.org/wiki/Enigma_machine');
    expect(article.sections).toEqual([
      { title: 'Design', level: 2, text: 'Design' },
      { title: 'Rotors', level: 3, text: 'Rotors' },
      { title: 'Cryptanalysis', level: 2, text: 'Cryptanalysis' },
    ]);
    expect(article.text).toContain('== Design ==');
    expectFailure('get_article', { title: 'Enigma' }, 'Page "Enigma" not found on en.wikipedia.org (the service answers 404 Not Found)');
  });

  it('gives a summary card with the thumbnail, and no thumbnail when the page has none', () => {
    expect(content('get_summary', { title: 'Alan Turing', language: 'en' })).toEqual({
      title: 'Alan Turing',
      extract:
        'Alan Mathison Turing was an English mathematician and computer scientist whose work on computability laid the foundations of theoretical computer science.',
      description: 'English mathematician and computer scientist (1912–1954)',
      thumbnail: { url: 'https://upload.example.org/thumb/alan-turing.jpg', width: 240, height: 320 },
      lang: 'en',
      timestamp: '2025-01-14T09:12:44Z',
    });
    expect((content('get_summary', { title: 'Bletchley Park' }) as { thumbnail: unknown }).thumbnail).toBeNull();
  });

  it('outlines sections, and answers an empty outline for a missing page', () => {
    expect(content('get_page_sections', { title: 'Turing machine' })).toEqual({
      title: 'Turing machine',
      sections: [
        { title: 'Description', level: 2, text: 'Description' },
        { title: 'Universal machine', level: 2, text: 'Universal_machine' },
      ],
    });
    expect(content('get_page_sections', { title: 'Nowhere' })).toEqual({ title: 'Nowhere', sections: [] });
  });

  it('lists related pages, cut like a Python slice, and fails for a missing page', () => {
    const related = (args: Record<string, unknown>) =>
      (content('get_related_pages', args) as { related: { title: string }[] }).related.map((r) => r.title);
    expect(related({ title: 'Alan Turing' })).toEqual(['Turing machine', 'Enigma machine', 'Bletchley Park', 'Ada Lovelace']);
    expect(related({ title: 'Alan Turing', limit: 2 })).toEqual(['Turing machine', 'Enigma machine']);
    expect(related({ title: 'Alan Turing', limit: -1 })).toEqual(['Turing machine', 'Enigma machine', 'Bletchley Park']);
    expectFailure('get_related_pages', { title: 'Nowhere' }, /Page "Nowhere" not found/);
  });
});
