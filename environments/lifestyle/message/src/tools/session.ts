import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool, type MessageState } from '../scenario.js';

/** The logged-in user's id; an empty current_user_id counts as nobody, as in the reference. */
export function requireLogin(state: MessageState): string {
  if (!state.current_user_id) throw new ToolError('Authentication required: log in first with login(user_id)');
  return state.current_user_id;
}

export const login = defineMessageTool({
  name: 'login',
  description:
    'Log in as a user of the workspace by user id (such as user_001); any earlier session is replaced. ' +
    'Returns {success: true, user_id, message}, or {success: false, message} when no user has that id.',
  input: z.object({
    user_id: z.string(),
  }),
  handler: (state, args) => {
    if (!args.user_id) throw new ToolError('user_id must be a non-empty string');
    if (!hasEntry(state.users, args.user_id)) {
      return { success: false, message: `User ID '${args.user_id}' not found` };
    }
    state.current_user_id = args.user_id;
    return { success: true, user_id: args.user_id, message: 'Login successful' };
  },
});

export const logout = defineMessageTool({
  name: 'logout',
  description: 'End the current session. Returns {success, message}; success is false when nobody was logged in.',
  input: z.object({}),
  handler: (state) => {
    if (!state.current_user_id) return { success: false, message: 'No user is currently logged in' };
    state.current_user_id = null;
    return { success: true, message: 'Logout successful' };
  },
});

export const checkLoginStatus = defineMessageTool({
  name: 'check_login_status',
  description: 'Whether someone is logged in: {is_logged_in: true, user_id} or {is_logged_in: false}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => (state.current_user_id ? { is_logged_in: true, user_id: state.current_user_id } : { is_logged_in: false }),
});
