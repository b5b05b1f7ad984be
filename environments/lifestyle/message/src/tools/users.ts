import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool, USERNAME_PATTERN } from '../scenario.js';

export const listUsers = defineMessageTool({
  name: 'list_users',
  description: 'Every user of the workspace, in stored order: [{username, user_id}]. Needs no login.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => Object.values(state.users).map((user) => ({ username: user.username, user_id: user.user_id })),
});

export const getUserId = defineMessageTool({
  name: 'get_user_id',
  description: 'Look up a user by exact username (case-sensitive): {user_id, username}. Fails when no user has that name.',
  input: z.object({
    username: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.username) throw new ToolError('username must be a non-empty string');
    const user = Object.values(state.users).find((candidate) => candidate.username === args.username);
    if (!user) throw new ToolError(`Username '${args.username}' not found (list_users shows every username)`);
    return { user_id: user.user_id, username: args.username };
  },
});

export const addContact = defineMessageTool({
  name: 'add_contact',
  description:
    'Add a user to the workspace under the next id (user_006, user_007, …). The username must be new and made ' +
    'of letters a-z/A-Z, digits or CJK ideographs. Returns {success, username, user_id, message}.',
  input: z.object({
    username: z.string(),
  }),
  handler: (state, args) => {
    const { username } = args;
    if (!username) throw new ToolError('username must be a non-empty string');
    if (Object.values(state.users).some((user) => user.username === username)) {
      throw new ToolError(`Username '${username}' already exists`);
    }
    if (!USERNAME_PATTERN.test(username)) {
      throw new ToolError(`Username '${username}' is not allowed: use only letters a-z/A-Z, digits 0-9 and CJK ideographs`);
    }
    // A scenario whose counter points at a taken id gets the next free one; the reference
    // overwrote that user.
    let counter = state.next_user_id_counter;
    let userId = formatUserId(counter);
    while (hasEntry(state.users, userId)) {
      counter += 1;
      userId = formatUserId(counter);
    }
    state.next_user_id_counter = counter + 1;
    state.users[userId] = { user_id: userId, username };
    return { success: true, username, user_id: userId, message: `Contact '${username}' added successfully with user ID '${userId}'` };
  },
});

function formatUserId(counter: number): string {
  return `user_${String(counter).padStart(3, '0')}`;
}
