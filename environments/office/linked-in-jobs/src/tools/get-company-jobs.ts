import { anyInteger, defaultNull, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineLinkedInJobsTool } from '../scenario.js';
import { requireCompany } from './lookups.js';

export const getCompanyJobs = defineLinkedInJobsTool({
  name: 'get_company_jobs',
  description:
    "A company's open postings, the first `count` when given: {company_name, jobs: [{job_id, title, location, " +
    'posted_date}]}. Fails for an unknown company id.',
  input: z.object({
    company_id: z.string(),
    count: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const company = requireCompany(state, args.company_id);
    const jobs = Object.values(state.jobs)
      .filter((job) => job.company_id === args.company_id)
      .map(({ job_id, title, location, posted_date }) => ({ job_id, title, location, posted_date }));
    return { company_name: company.name, jobs: args.count ? pythonSlice(jobs, null, args.count) : jobs };
  },
});
