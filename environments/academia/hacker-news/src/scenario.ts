import { integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's HackerNews scenario, same fields and bounds; {} is empty. Stories and
// comments are keyed by integer ids (pydantic reads "007" as 7); search results are stored per
// exact query and story lists per category (top, new, best, ask, show, job).

export const storySchema = z.object({
  story_id: z.int().min(0),
  title: z.string(),
  url: z.string().nullable().default(null),
  author: z.string(),
  points: z.int().min(0),
  created_at: z.string(),
});

export const commentSchema = z.object({
  comment_id: z.int().min(0),
  author: z.string(),
  text: z.string(),
  created_at: z.string(),
});

export const userSchema = z.object({
  user_id: z.string(),
  karma: z.int().min(0),
  created: z.string(),
  about: z.string().nullable().default(null),
});

export const submissionSchema = z.object({
  story_id: z.int().min(0),
  submission_type: z.string().regex(/^(story|comment)$/u),
  title: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  points: z.int().min(0),
  created_at: z.string(),
});

// The reference's HackerNewsScenario.
export const scenarioSchema = z.object({
  stories: integerKeyed(storySchema).default(() => ({})),
  comments: integerKeyed(commentSchema).default(() => ({})),
  users: z.record(z.string(), userSchema).default(() => ({})),
  submissions: z.record(z.string(), z.array(submissionSchema)).default(() => ({})),
  searchResults: z.record(z.string(), z.array(storySchema)).default(() => ({})),
  categorizedStories: z.record(z.string(), z.array(storySchema)).default(() => ({})),
});

export type HackerNewsState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of HackerNewsState. */
export const defineHackerNewsTool = toolsFor<HackerNewsState>();
