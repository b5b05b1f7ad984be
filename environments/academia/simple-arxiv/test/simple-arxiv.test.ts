import { describe, expect, it } from 'vitest';
import { simpleArxiv as arxiv } from '../src/index.js';

const demo = () => arxiv.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => arxiv.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = arxiv.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

type Grouped = { results_by_category: Record<string, { arxiv_id: string }[]> };
const grouped = (args: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries((call('search_arxiv', args) as Grouped).results_by_category).map(([name, papers]) => [
      name,
      papers.map((p) => p.arxiv_id),
    ]),
  );

describe('search_arxiv', () => {
  it('matches title or abstract, case-insensitive, and groups by the category in the id', () => {
    expect(grouped({ query: 'TRANSFORMER' })).toEqual({ 'Machine Learning': ['cs.LG/2103.08220'], unknown: ['2311.09012'] });
    expect(grouped({ query: 'robot' })).toEqual({ Robotics: ['cs.RO/2205.11876'] });
  });

  it('filters by categories and sub-categories found in the id', () => {
    expect(grouped({ query: 'a', categories: ['cs.LG', 'cs.CL'] })).toEqual({
      'Machine Learning': ['cs.LG/2103.08220'],
      'Computation and Language': ['cs.CL/2007.01452'],
    });
    expect(grouped({ query: 'a', categories: [], sub_categories: ['2402'] })).toEqual({ unknown: ['2402.01590'] });
  });

  it('cuts to the limit as a Python slice does', () => {
    const count = (limit: number | null) => Object.values(grouped({ query: 'e', limit })).flat().length;
    expect(count(null)).toBe(6);
    expect(count(2)).toBe(2);
    expect(count(-2)).toBe(4);
    expect(count(0)).toBe(6);
    expectFailure('search_arxiv', { query: '' }, 'Query must be a non-empty string');
  });
});

describe('search_metadata and get_paper_details', () => {
  it('lists title, authors and abstract, "" when there is none', () => {
    expect(call('search_metadata', { query: 'manipulation' })).toEqual({
      papers: [{ title: 'Language-Conditioned Robot Manipulation', authors: ['Sofia Lindqvist', 'Kenji Mori'], abstract: '' }],
    });
  });

  it('fills the updated date, journal, abstract and PDF link when they are missing', () => {
    expect(call('get_paper_details', { arxiv_id: 'cs.RO/2205.11876' })).toEqual({
      arxiv_id: 'cs.RO/2205.11876',
      title: 'Language-Conditioned Robot Manipulation',
      authors: ['Sofia Lindqvist', 'Kenji Mori'],
      published_date: '2022-05-24',
      updated_date: '2022-05-24',
      journal_ref: '',
      abstract: '',
      pdf_url: 'https://arxiv.org/pdf/cs.RO/2205.11876.pdf',
    });
    expect(call('get_paper_details', { arxiv_id: 'cs.CL/2007.01452' })).toMatchObject({
      journal_ref: 'Proceedings of EMNLP 2020, pp. 412–425',
    });
    expectFailure('get_paper_details', { arxiv_id: '9999.00001' }, 'Paper 9999.00001 not found');
    expectFailure('get_paper_details', { arxiv_id: '' }, 'arXiv ID must be a non-empty string');
  });
});

describe('scenario', () => {
  it('keeps the category tables from {} and refuses dates not written YYYY-MM-DD', () => {
    expect(arxiv.load({}).categoryMap['cs.AI']).toBe('Artificial Intelligence');
    expect(() => arxiv.load({ papers: { p: { arxiv_id: 'p', title: 't', authors: [], published_date: '2024/01/01' } } })).toThrow(
      /published_date/,
    );
  });
});
