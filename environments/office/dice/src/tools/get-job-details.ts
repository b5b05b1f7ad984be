import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDiceTool } from '../scenario.js';

export const getJobDetails = defineDiceTool({
  name: 'get_job_details',
  description:
    'Everything about a posting: company and its size, location, type, description, requirements, preferred skills, ' +
    'experience level, education, salary band, benefits, posting date and application URL. Fails for an unknown id.',
  input: z.object({
    job_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.job_id) throw new ToolError('Job ID must be a non-empty string');
    const job = ownEntry(state.jobs, args.job_id);
    if (!job) throw new ToolError(`Job ${args.job_id} not found`);
    return {
      job_id: job.job_id,
      title: job.title,
      company: job.company,
      company_size: job.company_size,
      location: job.location,
      employment_type: job.employment_type,
      description: job.description,
      requirements: job.requirements,
      preferred_skills: job.preferred_skills,
      experience_level: job.experience_level,
      education: job.education,
      salary_min: job.salary_min,
      salary_max: job.salary_max,
      benefits: job.benefits,
      posted_date: job.posted_date,
      apply_url: job.apply_url,
    };
  },
});
