import { containsText, defaultNull, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineLinkedInJobsTool } from '../scenario.js';

export const searchJobs = defineLinkedInJobsTool({
  name: 'search_jobs',
  description:
    'Find postings whose title contains the keywords (case-insensitive), optionally in a location (part of the ' +
    'location text) and of one employment type (FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERNSHIP, VOLUNTEER, ' +
    'exact): {jobs: [{job_id, title, company, location, employment_type, posted_date, url}], total_count}.',
  input: z.object({
    keywords: z.string(),
    location: defaultNull(z.string()),
    job_type: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.keywords) throw new ToolError('Keywords must be a non-empty string');
    const keywords = args.keywords.toLowerCase();
    const location = args.location ? args.location.toLowerCase() : undefined;
    const jobs = Object.values(state.jobs)
      .filter((job) => containsText(job.title.toLowerCase(), keywords))
      .filter((job) => location === undefined || containsText(job.location.toLowerCase(), location))
      .filter((job) => !args.job_type || job.employment_type === args.job_type)
      .map(({ job_id, title, company, location: place, employment_type, posted_date, url }) => ({
        job_id,
        title,
        company,
        location: place,
        employment_type,
        posted_date,
        url,
      }));
    return { jobs, total_count: jobs.length };
  },
});
