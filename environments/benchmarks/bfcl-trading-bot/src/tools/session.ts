import { z } from 'zod';
import { defineTradingTool } from '../scenario.js';

export const tradingLogin = defineTradingTool({
  name: 'trading_login',
  description: 'Log in to the trading account (any credentials are accepted); says so when already logged in.',
  input: z.object({ username: z.string(), password: z.string() }),
  handler: (state) => {
    if (state.authenticated) return { status: 'Already logged in' };
    state.authenticated = true;
    return { status: 'Logged in successfully' };
  },
});

export const tradingGetLoginStatus = defineTradingTool({
  name: 'trading_get_login_status',
  description: 'Whether the trading account is logged in: {status: true|false}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ status: state.authenticated }),
});

export const tradingLogout = defineTradingTool({
  name: 'trading_logout',
  description: 'Log out of the trading account; says so when nobody was logged in.',
  input: z.object({}),
  handler: (state) => {
    if (!state.authenticated) return { status: 'No user is currently logged in' };
    state.authenticated = false;
    return { status: 'Logged out successfully' };
  },
});

export const getCurrentTime = defineTradingTool({
  name: 'get_current_time',
  description: "The market's current time, HH:MM AM/PM (the class's clock is fixed at 10:30 AM).",
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: () => ({ current_time: '10:30 AM' }),
});
