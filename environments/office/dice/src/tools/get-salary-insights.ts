import { anyInteger, defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDiceTool } from '../scenario.js';
import { addTo, includesFolded, mean, salaryMidpoint } from './market-math.js';

const averages = (groups: Map<string, number[]>) => Object.fromEntries([...groups.entries()].map(([key, values]) => [key, mean(values)]));

export const getSalaryInsights = defineDiceTool({
  name: 'get_salary_insights',
  description:
    'Salary quartiles (25th, median, 75th, USD per year) of postings whose title contains the job title, optionally in ' +
    "a location, from each posting's salary midpoint, with averages by experience level, skill and company size. " +
    'years_experience is accepted and, as in the reference, not used.',
  input: z.object({
    job_title: z.string(),
    location: defaultNull(z.string()),
    years_experience: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.job_title) throw new ToolError('Job title must be a non-empty string');
    const salaries: number[] = [];
    const byExperience = new Map<string, number[]>();
    const bySkill = new Map<string, number[]>();
    const bySize = new Map<string, number[]>();
    for (const job of Object.values(state.jobs)) {
      if (!includesFolded(job.title, args.job_title)) continue;
      if (args.location && !includesFolded(job.location, args.location)) continue;
      const midpoint = salaryMidpoint(job);
      if (midpoint === undefined) continue;
      salaries.push(midpoint);
      if (job.experience_level) addTo(byExperience, job.experience_level, midpoint);
      for (const skill of job.skills) addTo(bySkill, skill, midpoint);
      if (job.company_size) addTo(bySize, job.company_size, midpoint);
    }
    salaries.sort((a, b) => a - b);
    const n = salaries.length;
    const at = (index: number) => (n > 0 ? (salaries[index] as number) : 0);
    return {
      job_title: args.job_title,
      location: args.location || 'All',
      salary_range_low: at(Math.floor(n / 4)),
      salary_range_mid: at(Math.floor(n / 2)),
      salary_range_high: at(Math.floor((3 * n) / 4)),
      currency: 'USD',
      pay_period: 'yearly',
      factors: { by_experience: averages(byExperience), by_skill: averages(bySkill), by_company_size: averages(bySize) },
    };
  },
});
