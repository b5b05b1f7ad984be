import { describe, expect, it } from 'vitest';
import { clinicalTrialsGov as trials } from '../src/index.js';

const call = (name: string, args: Record<string, unknown>, scenario: unknown = {}) => trials.call(trials.load(scenario), name, args);
const ids = (content: unknown) => (content as { studies: { nctId: string }[] }).studies.map((study) => study.nctId);

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = trials.loadPreset('demo');
  const outcome = trials.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('state', () => {
  it('saves an EnvFactory scenario back as it came: the built-in registry is not copied into it', () => {
    const scenario = { base_url: 'https://clinicaltrials.gov/api/v2', default_page_size: 20, cached_studies: {} };
    expect(trials.save(trials.load(scenario))).toEqual(scenario);
  });
});

describe('clinicaltrials_list_studies', () => {
  it('matches query areas word by word and pages with a token', () => {
    const first = call('clinicaltrials_list_studies', { query: { term: 'diabetes' }, pageSize: 2 }).content as {
      totalCount: number;
      nextPageToken?: string;
    };
    expect(ids(first)).toEqual(['NCT05000101', 'NCT05000214']);
    expect(first.totalCount).toBe(3);
    const second = call('clinicaltrials_list_studies', {
      query: { term: 'diabetes' },
      pageSize: 2,
      pageToken: first.nextPageToken,
    }).content;
    expect(ids(second)).toEqual(['NCT05000377']);
    expect(second).not.toHaveProperty('nextPageToken');
    expect(ids(call('clinicaltrials_list_studies', { query: { cond: 'depressive disorder', spons: 'leeds' } }).content)).toEqual([
      'NCT05000633',
    ]);
  });

  it('summarises each study as the reference does', () => {
    const { studies } = call('clinicaltrials_list_studies', { query: { id: 'NCT05000452' } }).content as { studies: unknown[] };
    expect(studies).toEqual([
      {
        nctId: 'NCT05000452',
        briefTitle: 'Immunotherapy Before Surgery for Early-Stage Lung Cancer',
        overallStatus: 'RECRUITING',
        conditions: ['Non-Small Cell Lung Cancer'],
        interventions: ['Nivolumab', 'Chemotherapy'],
        phases: ['PHASE2', 'PHASE3'],
      },
    ]);
  });

  it('refuses what the registry would refuse: an unknown query area, a page size out of range, a foreign token', () => {
    expectFailure('clinicaltrials_list_studies', { query: { disease: 'x' } }, /Unknown query area "query.disease"/);
    expectFailure('clinicaltrials_list_studies', { pageSize: 0 }, /pageSize must be between 1 and 1000, got 0/);
    expectFailure('clinicaltrials_list_studies', { pageToken: 'abc' }, /pageToken "abc" is not one this registry gave/);
  });
});

describe('clinicaltrials_search_studies', () => {
  it('filters by condition, intervention, location and status in any case', () => {
    expect(ids(call('clinicaltrials_search_studies', { condition: 'lung cancer', status: 'recruiting' }).content)).toEqual(['NCT05000452']);
    expect(ids(call('clinicaltrials_search_studies', { location: 'Ghana' }).content)).toEqual(['NCT05000846', 'NCT05001007']);
    expect(ids(call('clinicaltrials_search_studies', { intervention: 'semaglutide', location: 'boston' }).content)).toEqual([
      'NCT05000377',
    ]);
    expectFailure('clinicaltrials_search_studies', { status: 'open' }, /Unknown status "open"/);
  });
});

describe('clinicaltrials_get_study and clinicaltrials_get_results', () => {
  it('fetches full records and keeps them in cached_studies', () => {
    const outcome = call('clinicaltrials_get_study', { nctIds: 'NCT05000101, NCT05000589' });
    expect(ids(outcome.content)).toEqual(['NCT05000101', 'NCT05000589']);
    expect(Object.keys(outcome.state.cached_studies)).toEqual(['NCT05000101', 'NCT05000589']);
    expect((outcome.content as { studies: { derivedSection: unknown }[] }).studies[0]?.derivedSection).toEqual({});
  });

  it('fails the whole call for an unknown id and caches nothing', () => {
    expectFailure(
      'clinicaltrials_get_study',
      { nctIds: 'NCT05000101,NCT09999999' },
      'Study NCT09999999 not found (the registry answers 404 Not Found)',
    );
    expectFailure('clinicaltrials_get_study', { nctIds: '' }, 'nctIds must be a non-empty string');
  });

  it('gives posted results, or empty ones', () => {
    const results = call('clinicaltrials_get_results', { nctId: 'NCT05000846' }).content as {
      outcomeMeasures: unknown[];
      adverseEvents: unknown[];
    };
    expect(results.outcomeMeasures).toHaveLength(1);
    expect(results.adverseEvents).toEqual([{ term: 'Injection site pain', otherNumAffected: 212 }]);
    expect(call('clinicaltrials_get_results', { nctId: 'NCT05000214' }).content).toEqual({
      nctId: 'NCT05000214',
      outcomeMeasures: [],
      adverseEvents: [],
      participantFlow: {},
    });
    expectFailure('clinicaltrials_get_results', { nctId: 'NCT1' }, /Study NCT1 not found/);
  });
});

describe('clinicaltrials_analyze_trends', () => {
  it('counts by status by default, largest bucket first, ties in order of appearance', () => {
    expect(call('clinicaltrials_analyze_trends', { query: {} }).content).toEqual({
      group_by: 'status',
      buckets: [
        { key: 'COMPLETED', count: 3 },
        { key: 'RECRUITING', count: 2 },
        { key: 'ACTIVE_NOT_RECRUITING', count: 1 },
        { key: 'TERMINATED', count: 1 },
        { key: 'NOT_YET_RECRUITING', count: 1 },
        { key: 'WITHDRAWN', count: 1 },
        { key: 'ENROLLING_BY_INVITATION', count: 1 },
      ],
      totalCount: 10,
    });
  });

  it('counts each phase of a study, and studies without phases under N/A', () => {
    const { buckets } = call('clinicaltrials_analyze_trends', { query: { spons: 'Leeds' }, group_by: 'phase' }).content as {
      buckets: unknown[];
    };
    expect(buckets).toEqual([
      { key: 'N/A', count: 2 },
      { key: 'NA', count: 1 },
    ]);
    const sponsors = call('clinicaltrials_analyze_trends', { query: { term: 'diabetes' }, group_by: 'sponsor' }).content as {
      buckets: unknown[];
    };
    expect(sponsors.buckets).toEqual([
      { key: 'Nordhavn Pharma', count: 2 },
      { key: "Children's Hospital of Lyon", count: 1 },
    ]);
  });
});
