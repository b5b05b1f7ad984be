import { integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { keyedRecord } from './keyed-record.js';

// The state: EnvFactory's GitHubServer scenario. Every per-repository map is keyed by
// "owner/repo"; issues and pull requests are further keyed by their number. Every field has a
// default, so {} loads the reference's (empty) default world.
export const repositorySchema = z.object({
  owner: z.string(),
  repo: z.string(),
  description: z.string().nullable().default(null),
  stars: z.int().min(0).nullable().default(0),
  private: z.boolean().nullable().default(false),
  url: z.string().nullable().default(null),
  created_at: z.string().nullable().default(null),
});

export const issueSchema = z.object({
  issue_number: z.int().min(1),
  title: z.string(),
  body: z.string().nullable().default(null),
  state: z.string().default('open'),
  created_at: z.string().nullable().default(null),
  updated_at: z.string().nullable().default(null),
  closed_at: z.string().nullable().default(null),
});

export const pullRequestSchema = z.object({
  pull_number: z.int().min(1),
  title: z.string(),
  body: z.string().nullable().default(null),
  state: z.string().default('open'),
  head: z.string().nullable().default(null),
  base: z.string().nullable().default(null),
  created_at: z.string().nullable().default(null),
  updated_at: z.string().nullable().default(null),
  merged: z.boolean().nullable().default(false),
  merge_commit_sha: z.string().nullable().default(null),
});

export const branchSchema = z.object({
  name: z.string(),
  sha: z.string().nullable().default(null),
  protected: z.boolean().nullable().default(false),
});

export const commitSchema = z.object({
  sha: z.string(),
  message: z.string(),
  author: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
});

export const fileContentSchema = z.object({
  path: z.string(),
  content: z.string().nullable().default(null),
  encoding: z.string().nullable().default(null),
  size: z.int().min(0).nullable().default(0),
});

/** The clock of a scenario that gives none (the reference requires one). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

// The reference's GitHubScenario.
export const scenarioSchema = z.object({
  repositories: keyedRecord(repositorySchema).default(() => ({})),
  issues: keyedRecord(integerKeyed(issueSchema)).default(() => ({})),
  pull_requests: keyedRecord(integerKeyed(pullRequestSchema)).default(() => ({})),
  branches: keyedRecord(keyedRecord(branchSchema)).default(() => ({})),
  commits: keyedRecord(z.array(commitSchema)).default(() => ({})),
  files: keyedRecord(keyedRecord(fileContentSchema)).default(() => ({})),
  current_user: keyedRecord(z.string()).nullable().default(null),
  next_issue_number: keyedRecord(z.int()).default(() => ({})),
  next_pr_number: keyedRecord(z.int()).default(() => ({})),
  // Required by the reference (so it cannot load {}); ours defaults to the start of 2025. Like the
  // reference's pattern, any Unicode decimal digit counts as a digit.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must look like 2025-01-01T09:00:00')
    .default(DEFAULT_CURRENT_TIME),
});

export type GitHubServerState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of GitHubServerState. */
export const defineGitHubServerTool = toolsFor<GitHubServerState>();

export type Repository = z.output<typeof repositorySchema>;
export type Issue = z.output<typeof issueSchema>;
export type PullRequest = z.output<typeof pullRequestSchema>;
export type Branch = z.output<typeof branchSchema>;
export type FileContent = z.output<typeof fileContentSchema>;
