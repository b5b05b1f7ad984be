import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's Dice scenario: tech job postings by id and the current time. Salary
// insights and trends are computed from the postings on each call.

export const jobPostingSchema = z.object({
  job_id: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string(),
  employment_type: z.string(),
  skills: z.array(z.string()).default(() => []),
  posted_date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u),
  salary_range: z.string().default(''),
  is_remote: z.boolean().default(false),
  description: z.string().default(''),
  requirements: z.array(z.string()).default(() => []),
  preferred_skills: z.array(z.string()).default(() => []),
  experience_level: z.string().default(''),
  education: z.string().default(''),
  salary_min: z.number().min(0).default(0),
  salary_max: z.number().min(0).default(0),
  benefits: z.array(z.string()).default(() => []),
  apply_url: z.string().default(''),
  company_size: z.string().default(''),
});

// The reference's DiceScenario.
export const scenarioSchema = z.object({
  jobs: z.record(z.string(), jobPostingSchema).default(() => ({})),
  // Required by the reference; defaulted here so that {} loads.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must be YYYY-MM-DDTHH:MM:SS')
    .default('2025-01-01T00:00:00'),
});

export type DiceState = z.output<typeof scenarioSchema>;
export type JobPosting = z.output<typeof jobPostingSchema>;

/** defineTool for this environment: handlers receive a typed draft of DiceState. */
export const defineDiceTool = toolsFor<DiceState>();
