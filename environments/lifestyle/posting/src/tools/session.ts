import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { definePostingTool, type PostingState } from '../scenario.js';

/**
 * The logged-in username, or null when nobody is logged in. A scenario's session without a
 * username is refused with a message (the reference failed on it with a KeyError).
 */
export function sessionUsername(state: PostingState): string | null {
  if (state.current_session === null) return null;
  const username = ownEntry(state.current_session, 'username');
  if (username === undefined) throw new ToolError('current_session has no username: log in again with login(username, password)');
  return username;
}

/** The logged-in username; fails when nobody is logged in. */
export function requireLogin(state: PostingState): string {
  if (state.current_session === null) throw new ToolError('User not authenticated: log in first with login(username, password)');
  return sessionUsername(state) as string;
}

export const login = definePostingTool({
  name: 'login',
  description:
    'Log in with a username and password, replacing any earlier session. Returns {success: true, session_token, ' +
    'username}, or just {success: false} for an unknown user or a wrong password (the session is then unchanged).',
  input: z.object({
    username: z.string(),
    password: z.string(),
  }),
  handler: (state, args, ctx) => {
    if (!args.username) throw new ToolError('username must be a non-empty string');
    if (!args.password) throw new ToolError('password must be a non-empty string');
    if (!hasEntry(state.users, args.username) || ownEntry(state.users, args.username)?.password !== args.password) {
      return { success: false };
    }
    // The token is drawn from the episode's seeded generator, so a replay gets the same one.
    const sessionToken = ctx.uuid();
    state.current_session = { username: args.username, session_token: sessionToken };
    return { success: true, session_token: sessionToken, username: args.username };
  },
});

export const logout = definePostingTool({
  name: 'logout',
  description: 'End the current session: {success: true}, or {success: false} when nobody was logged in.',
  input: z.object({}),
  handler: (state) => {
    if (state.current_session === null) return { success: false };
    state.current_session = null;
    return { success: true };
  },
});

export const checkLoginStatus = definePostingTool({
  name: 'check_login_status',
  description: 'Whether a session is active: {is_authenticated: true, username} or {is_authenticated: false}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    const username = sessionUsername(state);
    return username === null ? { is_authenticated: false } : { is_authenticated: true, username };
  },
});
