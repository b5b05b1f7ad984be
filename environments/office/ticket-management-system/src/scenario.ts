import { integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's TicketManagementSystem scenario: accounts, tickets and comments (keyed by
// integer id), open sessions by username, the id counters, who counts as staff, and the clock every
// change is stamped with. {} loads the reference's default world: nobody registered, five staff names.

const TIMESTAMP = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2} \p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u;
const timestamp = (field: string) => z.string().regex(TIMESTAMP, `${field} must be YYYY-MM-DD HH:MM:SS`);

export const userSchema = z.object({
  username: z.string(),
  password: z.string(),
  is_staff: z.boolean().default(false),
});

export const ticketSchema = z.object({
  ticket_id: z.int().min(1),
  title: z.string(),
  description: z.string().default(''),
  status: z.string().default('open'),
  priority: z.int().min(1).max(5).default(1),
  category: z.string().default('general'),
  created_by: z.string(),
  created_at: timestamp('created_at'),
  updated_at: timestamp('updated_at'),
  assignee: z.string().nullable().default(null),
  resolution: z.string().nullable().default(null),
});

export const commentSchema = z.object({
  comment_id: z.int().min(1),
  ticket_id: z.int().min(1),
  comment: z.string(),
  author: z.string(),
  is_internal: z.boolean().default(false),
  created_at: timestamp('created_at'),
});

// The reference's TicketManagementScenario.
export const scenarioSchema = z.object({
  users: z.record(z.string(), userSchema).default(() => ({})),
  tickets: integerKeyed(ticketSchema).default(() => ({})),
  comments: integerKeyed(commentSchema).default(() => ({})),
  sessions: z.record(z.string(), z.string()).default(() => ({})),
  next_ticket_id: z.int().min(1).default(1),
  next_comment_id: z.int().min(1).default(1),
  staffUsers: z.array(z.string()).default(() => ['admin', 'support1', 'support2', 'support3', 'manager']),
  current_time: timestamp('current_time').default('2024-01-01 00:00:00'),
  // Not in the reference's scenario: it keeps the token of the last successful login in a module
  // variable, outside the state, and every tool acts as that session. Here it is part of the state
  // so episodes, snapshots and forks carry it. A loaded reference scenario starts signed out, and the
  // field is absent whenever nobody is signed in, so a signed-out state saves exactly as the
  // reference's scenario does (EnvFactory's final_config compares equal).
  current_session_token: z.string().nullable().optional(),
});

export type TicketManagementSystemState = z.output<typeof scenarioSchema>;
export type Ticket = z.output<typeof ticketSchema>;

/** defineTool for this environment: handlers receive a typed draft of TicketManagementSystemState. */
export const defineTicketManagementSystemTool = toolsFor<TicketManagementSystemState>();
