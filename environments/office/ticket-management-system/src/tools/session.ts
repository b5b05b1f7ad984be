import { ownEntry, stableHash, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { sessionUser } from './access.js';

export const login = defineTicketManagementSystemTool({
  name: 'login',
  description:
    'Sign in with a username and password. On success the session (session_<username>_<n>) becomes the current one ' +
    'for every other tool and replaces that user’s earlier session: {success: true, session_token, username}. An ' +
    'unknown user or a wrong password answers {success: false, session_token: "", username: ""} and changes nothing.',
  input: z.object({
    username: z.string(),
    password: z.string(),
  }),
  handler: (state, args) => {
    if (!args.username) throw new ToolError('Username must be a non-empty string');
    if (!args.password) throw new ToolError('Password must be a non-empty string');
    const user = ownEntry(state.users, args.username);
    if (!user || user.password !== args.password) return { success: false, session_token: '', username: '' };
    // The reference takes the number from Python's hash() of the clock, which changes from one run
    // to the next; the kit's stableHash keeps its 0–99999 range and makes it reproducible.
    const token = `session_${args.username}_${stableHash(state.current_time) % 100_000}`;
    state.sessions[args.username] = token;
    state.current_session_token = token;
    return { success: true, session_token: token, username: args.username };
  },
});

export const logout = defineTicketManagementSystemTool({
  name: 'logout',
  description:
    'End the current session: {success: true}, after which tools that need a signed-in user refuse. With no ' +
    'current session it answers {success: false}.',
  input: z.object({}),
  handler: (state) => {
    const username = sessionUser(state);
    if (!username) return { success: false };
    delete state.sessions[username];
    delete state.current_session_token;
    return { success: true };
  },
});

export const checkLoginStatus = defineTicketManagementSystemTool({
  name: 'check_login_status',
  description: 'Whether a user is signed in, and who: {is_authenticated, username} ("" when nobody is).',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    const username = sessionUser(state);
    return username ? { is_authenticated: true, username } : { is_authenticated: false, username: '' };
  },
});
