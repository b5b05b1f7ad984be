import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's LinkedInJobs scenario: job postings and companies by id, and user profiles
// (skills and preferences) that recommendations are matched against. {} is empty, as in the reference.
// The search, company-listing and recommendation answers are built from postings, not stored.

export const jobDetailSchema = z.object({
  job_id: z.string(),
  title: z.string(),
  company: z.string(),
  company_id: z.string(),
  description: z.string(),
  location: z.string(),
  employment_type: z.string(),
  experience_level: z.string(),
  industries: z.array(z.string()).default(() => []),
  posted_date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u),
  application_url: z.string(),
  url: z.string(),
});

export const companySchema = z.object({
  company_id: z.string(),
  name: z.string(),
  description: z.string(),
  industry: z.string(),
  company_size: z.string(),
  headquarters: z.string(),
  website: z.string(),
  follower_count: z.int().min(0),
});

// The reference's LinkedInJobsScenario.
export const scenarioSchema = z.object({
  jobs: z.record(z.string(), jobDetailSchema).default(() => ({})),
  companies: z.record(z.string(), companySchema).default(() => ({})),
  user_profiles: z.record(z.string(), z.record(z.string(), z.any())).default(() => ({})),
});

export type LinkedInJobsState = z.output<typeof scenarioSchema>;
export type JobDetail = z.output<typeof jobDetailSchema>;

/** defineTool for this environment: handlers receive a typed draft of LinkedInJobsState. */
export const defineLinkedInJobsTool = toolsFor<LinkedInJobsState>();
