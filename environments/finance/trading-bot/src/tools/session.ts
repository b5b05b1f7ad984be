import { defineTool, type Draft, ownEntry, stableHash } from '@envfleet/kit';
import { z } from 'zod';
import type { TradingState } from '../scenario.js';
import { requireText } from './checks.js';

// The reference derives the token from Python's per-process salted hash of the clock, which changes
// from one run to the next; the kit's stableHash keeps the 0–99999 range and makes it reproducible.
export const login = defineTool({
  name: 'login',
  description:
    'Sign in with a username and password. On a match the user becomes the current user and a session token ' +
    'is returned ({status: "success", session_token}); wrong credentials answer {status: "failed"} and change nothing.',
  input: z.object({ username: z.string(), password: z.string() }),
  handler: (state: Draft<TradingState>, args) => {
    requireText(args.username, 'Username');
    requireText(args.password, 'Password');
    const user = ownEntry(state.users, args.username);
    if (!user || user.password !== args.password) return { status: 'failed' };
    state.current_user = args.username;
    state.session_token = `token_${args.username}_${stableHash(state.current_time) % 100_000}`;
    return { status: 'success', session_token: state.session_token };
  },
});

export const logout = defineTool({
  name: 'logout',
  description: 'End the current session. Answers {status: "success"}, or {status: "failed"} when nobody is logged in.',
  input: z.object({}),
  handler: (state: Draft<TradingState>) => {
    if (!state.current_user) return { status: 'failed' };
    state.current_user = null;
    state.session_token = null;
    return { status: 'success' };
  },
});

export const checkLoginStatus = defineTool({
  name: 'check_login_status',
  description: 'Whether a user is logged in: {is_authenticated: true|false}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>) => ({ is_authenticated: state.current_user !== null }),
});

export const getMarketStatus = defineTool({
  name: 'get_market_status',
  description: 'Whether the market is "Open" or "Closed", and the current time (YYYY-MM-DD HH:MM:SS).',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>) => ({ status: state.market_open ? 'Open' : 'Closed', current_time: state.current_time }),
});
