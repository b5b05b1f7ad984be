import { describe, expect, it } from 'vitest';
import { dice } from '../src/index.js';

const demo = () => dice.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => dice.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = dice.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('search_tech_jobs and get_job_details', () => {
  it('matches titles or skills, narrowed by location and remote', () => {
    const ids = (args: Record<string, unknown>) =>
      (call('search_tech_jobs', args) as { jobs: { job_id: string }[] }).jobs.map((j) => j.job_id);
    expect(ids({ keywords: 'KUBER' })).toEqual(['dice-102', 'dice-103', 'dice-107', 'dice-110']);
    expect(ids({ keywords: 'kuber', remote_only: true })).toEqual(['dice-102', 'dice-107']);
    expect(ids({ keywords: 'engineer', location: 'austin' })).toEqual(['dice-106', 'dice-110']);
    expectFailure('search_tech_jobs', { keywords: '' }, 'Keywords must be a non-empty string');
  });

  it('gives a posting’s details and fails for an unknown id', () => {
    expect(call('get_job_details', { job_id: 'dice-109' })).toMatchObject({
      employment_type: 'Contract',
      salary_min: 0,
      salary_max: 0,
      company_size: '',
    });
    expectFailure('get_job_details', { job_id: 'dice-999' }, 'Job dice-999 not found');
  });
});

describe('search_by_skills', () => {
  it('scores postings by the share of skills matched and reports demand and salaries per skill', () => {
    const result = call('search_by_skills', { skills: ['react', 'typescript'] }) as {
      jobs: { job_id: string; match_score: number; matching_skills: string[] }[];
      skill_demand: { most_requested_skills: string[]; salary_by_skill: Record<string, number> };
    };
    expect(result.jobs.map((j) => [j.job_id, j.match_score])).toEqual([
      ['dice-104', 1],
      ['dice-105', 0.5],
      ['dice-108', 1],
    ]);
    expect(result.skill_demand).toEqual({
      most_requested_skills: ['react', 'typescript'],
      salary_by_skill: { react: (135000 + 140000 + 127500) / 3, typescript: (135000 + 127500) / 2 },
    });
    const none = call('search_by_skills', { skills: ['COBOL'] }) as { skill_demand: unknown };
    expect(none.skill_demand).toEqual({ most_requested_skills: [], salary_by_skill: { COBOL: 0 } });
  });

  it('refuses an empty list and skills that are not text', () => {
    expectFailure('search_by_skills', { skills: [] }, 'Skills must be a non-empty list');
    expectFailure('search_by_skills', { skills: ['python', 1] }, 'Each skill must be text, got 1');
  });
});

describe('salaries and trends', () => {
  it('gives quartiles of salary midpoints with breakdowns, skipping postings without a band', () => {
    const insights = call('get_salary_insights', { job_title: 'python', location: 'seattle' }) as Record<string, unknown>;
    expect(insights).toMatchObject({
      location: 'seattle',
      salary_range_low: 167500,
      salary_range_mid: 167500,
      salary_range_high: 167500,
      currency: 'USD',
    });
    expect(call('get_salary_insights', { job_title: 'contractor' })).toMatchObject({
      salary_range_low: 0,
      salary_range_mid: 0,
      location: 'All',
      factors: { by_experience: {}, by_skill: {}, by_company_size: {} },
    });
    const engineers = call('get_salary_insights', { job_title: 'engineer' }) as {
      salary_range_low: number;
      salary_range_mid: number;
      salary_range_high: number;
      factors: { by_company_size: Record<string, number> };
    };
    expect([engineers.salary_range_low, engineers.salary_range_mid, engineers.salary_range_high]).toEqual([135000, 145000, 160000]);
    expect(engineers.factors.by_company_size['11-50']).toBe((190000 + 127500) / 2);
  });

  it('ranks titles, skills and locations by postings, ties in order of first appearance', () => {
    const trends = call('get_tech_trends', { time_period: '7d' }) as {
      time_period: string;
      top_job_titles: { title: string; openings_count: number }[];
      hot_skills: { skill: string; demand_count: number; avg_salary: number }[];
      top_locations: { location: string; job_count: number }[];
    };
    expect(trends.time_period).toBe('7d');
    expect(trends.top_job_titles.slice(0, 2)).toEqual([
      { title: 'Senior Python Developer', openings_count: 2, growth_rate: 0 },
      { title: 'Frontend Engineer', openings_count: 2, growth_rate: 0 },
    ]);
    expect(trends.hot_skills[0]).toMatchObject({ skill: 'Python', demand_count: 5 });
    expect(trends.hot_skills).toHaveLength(10);
    expect(trends.top_locations.map((l) => l.location)).toEqual(['Austin, TX', 'Seattle, WA', 'New York, NY', 'Remote', 'Arlington, VA']);
  });
});
