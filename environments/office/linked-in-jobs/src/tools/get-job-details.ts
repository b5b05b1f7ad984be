import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineLinkedInJobsTool } from '../scenario.js';

export const getJobDetails = defineLinkedInJobsTool({
  name: 'get_job_details',
  description:
    'Everything about a posting: title, company and its id, description, location, employment type, experience ' +
    'level, industries, posting date and application URL. Fails for an unknown job id.',
  input: z.object({
    job_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.job_id) throw new ToolError('Job ID must be a non-empty string');
    const job = ownEntry(state.jobs, args.job_id);
    if (!job) throw new ToolError(`Job ${args.job_id} not found`);
    const { url: _url, ...details } = job;
    return details;
  },
});
