import { z } from 'zod';
import { defineDiceTool } from '../scenario.js';
import { addTo, byCountDescending, mean, salaryMidpoint } from './market-math.js';

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

export const getTechTrends = defineDiceTool({
  name: 'get_tech_trends',
  description:
    'The market at a glance: the ten most posted job titles, the ten most requested skills with their average salary ' +
    'midpoint, and the ten locations with most postings. time_period (default "30d") is echoed and, as in the ' +
    'reference, does not filter; growth rates are 0.',
  input: z.object({
    time_period: z.string().default('30d'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const titles = new Map<string, number>();
    const skills = new Map<string, number>();
    const locations = new Map<string, number>();
    const salaries = new Map<string, number[]>();
    for (const job of Object.values(state.jobs)) {
      count(titles, job.title);
      count(locations, job.location);
      const midpoint = salaryMidpoint(job);
      for (const skill of job.skills) {
        count(skills, skill);
        if (midpoint !== undefined) addTo(salaries, skill, midpoint);
      }
    }
    return {
      time_period: args.time_period,
      top_job_titles: byCountDescending(titles)
        .slice(0, 10)
        .map(([title, openings]) => ({ title, openings_count: openings, growth_rate: 0.0 })),
      hot_skills: byCountDescending(skills)
        .slice(0, 10)
        .map(([skill, demand]) => ({
          skill,
          demand_count: demand,
          avg_salary: salaries.has(skill) ? mean(salaries.get(skill) as number[]) : 0,
        })),
      top_locations: byCountDescending(locations)
        .slice(0, 10)
        .map(([location, jobs]) => ({ location, job_count: jobs })),
    };
  },
});
