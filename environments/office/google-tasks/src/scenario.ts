import { codePointLength, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's GoogleTasks scenario, field for field. Every field has a default, so {}
// loads the reference's (empty) world; only current_time needed one of ours.

// The reference's patterns run on a Unicode-aware engine, so \d is any decimal digit.
const RFC3339_UTC = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}Z$/u;
const LOCAL_DATETIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;

/** A string of at most `limit` characters, counted as Python counts them (code points). */
function textUpTo(limit: number, field: string) {
  return z.string().refine((text) => codePointLength(text) <= limit, { message: `${field} must be at most ${limit} characters` });
}

export const taskListSchema = z.object({
  tasklist_id: z.string(),
  title: textUpTo(1024, 'title'),
});

export const taskSchema = z.object({
  task_id: z.string(),
  title: textUpTo(1024, 'title'),
  status: z
    .string()
    .regex(/^(needsAction|completed)$/u, 'status must be "needsAction" or "completed"')
    .default('needsAction'),
  due: z.string().regex(RFC3339_UTC, 'due must look like 2025-01-31T17:00:00Z').nullable().default(null),
  completed: z.string().regex(RFC3339_UTC, 'completed must look like 2025-01-31T17:00:00Z').nullable().default(null),
  notes: textUpTo(8192, 'notes').nullable().default(null),
  tasklist_id: z.string(),
  task_parent: z.string().nullable().default(null),
  task_previous: z.string().nullable().default(null),
});

export const scenarioSchema = z.object({
  tasklists: z.record(z.string(), taskListSchema).default(() => ({})),
  tasks: z.record(z.string(), taskSchema).default(() => ({})),
  next_tasklist_id: z.int().min(1).default(1),
  next_task_id: z.int().min(1).default(1),
  // "@default" as a list id in calls means this list; it need not exist among tasklists.
  default_tasklist_id: z.string().default('@default'),
  current_time: z.string().regex(LOCAL_DATETIME, 'current_time must look like 2025-01-01T09:00:00').default('2025-01-01T00:00:00'),
});

export type GoogleTasksState = z.output<typeof scenarioSchema>;
export type Task = z.output<typeof taskSchema>;

/** defineTool for this environment: handlers receive a typed draft of GoogleTasksState. */
export const defineGoogleTasksTool = toolsFor<GoogleTasksState>();
