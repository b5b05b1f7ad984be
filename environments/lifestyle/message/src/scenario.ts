import { integerKeyed, keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's Message scenario — a workspace of users, the direct messages between
// them, who is logged in, two id counters and a clock. {} loads the reference's default world
// (five users, no messages), with the clock the reference leaves for the scenario to set.

/** The clock when a scenario gives none (the reference requires current_time). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

const timestamp = (field: string, separator: 'T' | ' ', example: string) =>
  z
    .string()
    .regex(
      separator === 'T'
        ? /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u
        : /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2} \p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u,
      `${field} must look like ${example}`,
    );

/** Usernames are Latin letters, digits and CJK ideographs only (the reference's rule). */
export const USERNAME_PATTERN = /^[a-zA-Z0-9\u4e00-\u9fff]+$/u;

export const userSchema = z.object({
  user_id: z.string().min(1),
  username: z.string().regex(USERNAME_PATTERN, 'username may only hold letters a-z/A-Z, digits and CJK ideographs'),
});

export const messageSchema = z.object({
  message_id: z.int().min(0),
  sender_id: z.string().min(1),
  receiver_id: z.string().min(1),
  message: z.string().min(1),
  sent_at: timestamp('sent_at', ' ', '2025-01-01 09:30:00'),
  is_read: z.boolean().default(false),
});

// The reference's MessageScenario.
export const scenarioSchema = z.object({
  users: keyedRecord(userSchema).default(() => ({
    user_001: { user_id: 'user_001', username: 'alice' },
    user_002: { user_id: 'user_002', username: 'bob' },
    user_003: { user_id: 'user_003', username: 'charlie' },
    user_004: { user_id: 'user_004', username: 'david' },
    user_005: { user_id: 'user_005', username: 'eve' },
  })),
  messages: integerKeyed(messageSchema).default(() => ({})),
  current_user_id: z.string().nullable().default(null),
  next_message_id: z.int().min(1).default(1),
  next_user_id_counter: z.int().min(1).default(6),
  current_time: timestamp('current_time', 'T', '2025-01-01T09:30:00').default(DEFAULT_CURRENT_TIME),
});

export type MessageState = z.output<typeof scenarioSchema>;
export type StoredMessage = z.output<typeof messageSchema>;

/** defineTool for this environment: handlers receive a typed draft of MessageState. */
export const defineMessageTool = toolsFor<MessageState>();
