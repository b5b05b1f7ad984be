import { defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDiceTool } from '../scenario.js';
import { includesFolded } from './market-math.js';

export const searchTechJobs = defineDiceTool({
  name: 'search_tech_jobs',
  description:
    'Find tech postings whose title or one of whose skills contains the keywords (case-insensitive), optionally in a ' +
    'location (part of the location text) and remote only: {jobs: [{job_id, title, company, location, employment_type, ' +
    'skills, posted_date, salary_range, is_remote}], total_results}.',
  input: z.object({
    keywords: z.string(),
    location: defaultNull(z.string()),
    remote_only: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.keywords) throw new ToolError('Keywords must be a non-empty string');
    const jobs = Object.values(state.jobs)
      .filter((job) => includesFolded(job.title, args.keywords) || job.skills.some((skill) => includesFolded(skill, args.keywords)))
      .filter((job) => !args.location || includesFolded(job.location, args.location))
      .filter((job) => !args.remote_only || job.is_remote)
      .map(({ job_id, title, company, location, employment_type, skills, posted_date, salary_range, is_remote }) => ({
        job_id,
        title,
        company,
        location,
        employment_type,
        skills,
        posted_date,
        salary_range,
        is_remote,
      }));
    return { jobs, total_results: jobs.length };
  },
});
