import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// Timestamps start like ISO 8601 date-times. As in the reference's pattern engine, \d is any Unicode
// decimal digit; only the workspace clock must be nothing but the date-time.
const TIMESTAMP_PREFIX = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u;
const TIMESTAMP_EXACT = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

const timestamp = (field: string) => z.string().regex(TIMESTAMP_PREFIX, `${field} must start with YYYY-MM-DDTHH:MM:SS`);
const jsonObject = () => z.record(z.string(), z.any());

export const blockSchema = z.object({
  block_id: z.string(),
  type: z.string(),
  content: jsonObject().default(() => ({})),
  created_time: timestamp('created_time'),
  last_edited_time: timestamp('last_edited_time'),
  parent_id: z.string().nullable().default(null),
  archived: z.boolean().default(false),
});

export const pageSchema = z.object({
  page_id: z.string(),
  title: z.string(),
  properties: jsonObject().default(() => ({})),
  created_time: timestamp('created_time'),
  last_edited_time: timestamp('last_edited_time'),
  parent: jsonObject().nullable().default(null),
  archived: z.boolean().default(false),
});

export const databaseSchema = z.object({
  database_id: z.string(),
  title: z.string(),
  properties: jsonObject().default(() => ({})),
  created_time: timestamp('created_time'),
  last_edited_time: timestamp('last_edited_time'),
  parent: jsonObject().nullable().default(null),
  archived: z.boolean().default(false),
});

export const userSchema = z.object({
  user_id: z.string(),
  name: z.string(),
  email: z.string().nullable().default(null),
  type: z.string().default('person'),
});

export const commentSchema = z.object({
  comment_id: z.string(),
  rich_text: z.array(jsonObject()),
  created_time: timestamp('created_time'),
  last_edited_time: timestamp('last_edited_time'),
  parent_id: z.string(),
  discussion_id: z.string().nullable().default(null),
  resolved: z.boolean().default(false),
  resolved_time: timestamp('resolved_time').nullable().default(null),
  resolved_by: jsonObject().nullable().default(null),
});

/** The workspace clock when a scenario gives none (the reference requires one; {} must load here). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

// EnvFactory's Notion scenario: entities keyed by id, and the parent → children lists that order
// them. Every timestamp a tool writes is `current_time`.
export const scenarioSchema = z.object({
  blocks: z.record(z.string(), blockSchema).default(() => ({})),
  pages: z.record(z.string(), pageSchema).default(() => ({})),
  databases: z.record(z.string(), databaseSchema).default(() => ({})),
  users: z.record(z.string(), userSchema).default(() => ({})),
  comments: z.record(z.string(), commentSchema).default(() => ({})),
  blockChildren: z.record(z.string(), z.array(z.string())).default(() => ({})),
  pageChildren: z.record(z.string(), z.array(z.string())).default(() => ({})),
  databaseItems: z.record(z.string(), z.array(z.string())).default(() => ({})),
  commentThreads: z.record(z.string(), z.array(z.string())).default(() => ({})),
  current_time: z.string().regex(TIMESTAMP_EXACT, 'current_time must be exactly YYYY-MM-DDTHH:MM:SS').default(DEFAULT_CURRENT_TIME),
});

export type NotionState = z.output<typeof scenarioSchema>;
export type NotionBlock = z.output<typeof blockSchema>;
export type NotionPage = z.output<typeof pageSchema>;
export type NotionComment = z.output<typeof commentSchema>;
export type JsonObject = Record<string, unknown>;

/** defineTool for this environment: handlers receive a typed draft of NotionState. */
export const defineNotionTool = toolsFor<NotionState>();
