import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';

export const list_users = defineMessageTool({
  name: 'list_users',
  description: 'List the names of every user in the workspace.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ user_list: Object.keys(state.user_map) }),
});

export const get_user_id = defineMessageTool({
  name: 'get_user_id',
  description: "Look up a user's id (like USR003) from their user name.",
  input: z.object({ user: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) =>
    Object.hasOwn(state.user_map, args.user)
      ? { user_id: state.user_map[args.user] }
      : { error: `User '${args.user}' not found in the workspace.` },
});

export const add_contact = defineMessageTool({
  name: 'add_contact',
  description: 'Add a user name to the workspace; it gets the next id in sequence (USR005, USR006, …).',
  input: z.object({ user_name: z.string() }),
  handler: (state, args) => {
    if (Object.hasOwn(state.user_map, args.user_name)) return { error: `User name '${args.user_name}' already exists.` };
    // BFCL counts the new user before checking the id, so the count moves even when the id is taken.
    state.user_count += 1;
    const userId = `USR${String(state.user_count).padStart(3, '0')}`;
    if (Object.values(state.user_map).includes(userId)) return { error: `User ID '${userId}' already exists.` };
    state.user_map[args.user_name] = userId;
    return { added_status: true, user_id: userId, message: `Contact '${args.user_name}' added successfully.` };
  },
});

export const message_login = defineMessageTool({
  name: 'message_login',
  description: 'Log in to the messaging app as the user with this id (like USR001).',
  input: z.object({ user_id: z.string() }),
  handler: (state, args) => {
    if (!Object.values(state.user_map).includes(args.user_id))
      return { login_status: false, message: `User ID '${args.user_id}' not found.` };
    state.current_user = args.user_id;
    return { login_status: true, message: `User '${args.user_id}' logged in successfully.` };
  },
});

export const message_get_login_status = defineMessageTool({
  name: 'message_get_login_status',
  description: 'Tell whether a user is logged in to the messaging app.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ login_status: Boolean(state.current_user) }),
});
