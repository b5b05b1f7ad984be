import { describe, expect, it } from 'vitest';
import { linkedInJobs as linkedin } from '../src/index.js';

const demo = () => linkedin.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => linkedin.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string, start = demo()) {
  const outcome = linkedin.call(start, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(start);
}

describe('search_jobs', () => {
  it('matches titles and narrows by location text and exact employment type', () => {
    const ids = (args: Record<string, unknown>) =>
      (call('search_jobs', args) as { jobs: { job_id: string }[]; total_count: number }).jobs.map((j) => j.job_id);
    expect(ids({ keywords: 'ENGINEER' })).toEqual(['3901001', '3901002', '3901003', '3901004', '3901006']);
    expect(ids({ keywords: 'engineer', location: 'lisbon', job_type: 'FULL_TIME' })).toEqual(['3901006']);
    expect(ids({ keywords: 'engineer', job_type: 'full_time' })).toEqual([]);
    expect(call('search_jobs', { keywords: 'writer' })).toMatchObject({ total_count: 1 });
    expectFailure('search_jobs', { keywords: '' }, 'Keywords must be a non-empty string');
  });
});

describe('postings and companies', () => {
  it('gives a posting’s details without its listing URL', () => {
    const details = call('get_job_details', { job_id: '3901004' }) as Record<string, unknown>;
    expect(details).toMatchObject({
      company_id: 'c-quince',
      experience_level: 'Mid-Senior level',
      application_url: 'https://jobs.example.com/apply/3901004',
    });
    expect(details).not.toHaveProperty('url');
    expectFailure('get_job_details', { job_id: '1' }, 'Job 1 not found');
  });

  it('lists a company’s postings, cut to count like a Python slice', () => {
    expect(call('get_company_jobs', { company_id: 'c-nordhavn', count: 2 })).toEqual({
      company_name: 'Nordhavn Tech',
      jobs: [
        { job_id: '3901001', title: 'Senior Backend Engineer', location: 'Copenhagen, Denmark', posted_date: '2025-03-03T09:00:00' },
        { job_id: '3901002', title: 'Frontend Engineer (React)', location: 'Remote', posted_date: '2025-03-04T10:30:00' },
      ],
    });
    expect((call('get_company_jobs', { company_id: 'c-nordhavn', count: -1 }) as { jobs: unknown[] }).jobs).toHaveLength(2);
    expect(call('get_company_jobs', { company_id: 'c-harbor' })).toEqual({ company_name: 'Harbor Health', jobs: [] });
    expect(call('get_company_info', { company_id: 'c-quince' })).toMatchObject({ follower_count: 5310, headquarters: 'Lisbon, Portugal' });
    expectFailure('get_company_info', { company_id: 'c-none' }, 'Company c-none not found');
  });
});

describe('get_recommended_jobs', () => {
  it('ranks postings by the share of the user’s skills their description mentions', () => {
    const { jobs } = call('get_recommended_jobs', {}) as { jobs: { job_id: string; match_score: number; reason: string }[] };
    expect(jobs.map((j) => [j.job_id, j.match_score])).toEqual([
      ['3901001', 0.75],
      ['3901003', 0.5],
      ['3901004', 0.5],
      ['3901006', 0.5],
      ['3901005', 0.25],
    ]);
    expect(jobs[0]?.reason).toBe('Matches your skills in Python, SQL, Kubernetes');
    expect(call('get_recommended_jobs', { user_id: 'u-career-changer' })).toEqual({ jobs: [] });
    expect(call('get_recommended_jobs', { user_id: 'nobody' })).toEqual({ jobs: [] });
  });

  it('says what is wrong with a profile whose skills are not text', () => {
    expectFailure(
      'get_recommended_jobs',
      {},
      "The profile of default_user has skills that are not a list of text (check the scenario's user_profiles)",
      linkedin.load({ user_profiles: { default_user: { skills: [1] } } }),
    );
  });
});
