import { describe, expect, it } from 'vitest';
import { pubMedServer as pubmed } from '../src/index.js';

const demo = () => pubmed.loadPreset('demo');
const pmids = (content: unknown) => (content as { articles: { pmid: string }[] }).articles.map((a) => a.pmid);

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = pubmed.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('search_pubmed_key_words', () => {
  it('matches title, abstract or MeSH terms and sorts by date (newest first) or journal', () => {
    const byDate = pubmed.call(demo(), 'search_pubmed_key_words', { key_words: 'GLUCOSE', sort: 'pub_date' });
    expect(pmids(byDate.content)).toEqual(['38100005', '38100001']);
    expect(pmids(pubmed.call(demo(), 'search_pubmed_key_words', { key_words: 'diabetes', sort: 'journal' }).content)).toEqual([
      '38100001',
      '38100003',
    ]);
    expect(pmids(pubmed.call(demo(), 'search_pubmed_key_words', { key_words: 'ADOLESCENT', sort: 'journal' }).content)).toEqual([
      '38100002',
    ]);
    expect(pmids(pubmed.call(demo(), 'search_pubmed_key_words', { key_words: 'diabetes', max_results: -1 }).content)).toEqual(['38100001']);
  });

  it('caches each answer under its arguments and answers from the cache afterwards', () => {
    const first = pubmed.call(demo(), 'search_pubmed_key_words', { key_words: 'insulin' });
    expect(Object.keys(first.state.search_results)).toEqual(['sleep|10|None', 'insulin|10|None']);
    // The demo's cached "sleep" answer is returned as stored, not recomputed.
    expect(pubmed.call(demo(), 'search_pubmed_key_words', { key_words: 'sleep' }).content).toEqual({
      query: 'sleep',
      count: 1,
      articles: [{ pmid: '38100002', title: 'Sleep duration and insulin resistance in adolescents' }],
    });
  });

  it('refuses an unknown sort and says what is wrong with a malformed article', () => {
    expectFailure('search_pubmed_key_words', { key_words: 'x', sort: 'date' }, 'sort must be one of: relevance, pub_date, journal');
    expectFailure(
      'search_pubmed_key_words',
      { key_words: 'x' },
      'Article a has a title that is not text',
      pubmed.load({ articles: { a: { title: 5 } } }),
    );
  });
});

describe('author and journal searches', () => {
  it('finds articles by any author name containing the query', () => {
    expect(pmids(pubmed.call(demo(), 'search_pubmed_by_author', { author: 'okafor' }).content)).toEqual(['38100001', '38100002']);
    expect(Object.keys(pubmed.call(demo(), 'search_pubmed_by_author', { author: 'okafor', max_results: 1 }).state.author_results)).toEqual([
      'okafor|1',
    ]);
  });

  it('filters journals by name and year prefix', () => {
    const outcome = pubmed.call(demo(), 'search_pubmed_by_journal', { journal: 'care', year: '2023' });
    expect(outcome.content).toMatchObject({ journal: 'care', year: 2023, count: 2 });
    expect(Object.keys(outcome.state.journal_results)).toEqual(['care|2023|10']);
    expect(Object.keys(pubmed.call(demo(), 'search_pubmed_by_journal', { journal: 'lancet' }).state.journal_results)).toEqual([
      'lancet|None|10',
    ]);
    expectFailure('search_pubmed_by_journal', { journal: '' }, 'journal must be a non-empty string');
  });
});

describe('reading articles', () => {
  it('returns an article as stored, and several with the missing ones listed', () => {
    expect(pubmed.call(demo(), 'get_pubmed_article', { pmid: '38100005' }).content).toMatchObject({
      abstract: '',
      doi: '',
      publication_types: ['Letter'],
    });
    const batch = pubmed.call(demo(), 'fetch_pubmed_articles', { pmids: ['38100004', 'x', '38100001'] }).content as {
      missing_pmids: string[];
    };
    expect(pmids(batch)).toEqual(['38100004', '38100001']);
    expect(batch.missing_pmids).toEqual(['x']);
    expectFailure('get_pubmed_article', { pmid: 'nope' }, 'Article with PMID nope not found');
    expectFailure('fetch_pubmed_articles', { pmids: [] }, 'pmids must be a non-empty list');
  });
});
