import { pythonTruthy } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketTool } from '../scenario.js';

export const ticketLogin = defineTicketTool({
  name: 'ticket_login',
  description:
    'Log in to the ticket system. Any non-empty username and password are accepted (success: true) and the ' +
    'username becomes the current user; an empty one answers success: false and changes nothing.',
  input: z.object({ username: z.string(), password: z.string() }),
  handler: (state, args) => {
    if (!pythonTruthy(args.username) || !pythonTruthy(args.password)) return { success: false };
    state.current_user = args.username;
    return { success: true };
  },
});

export const ticketGetLoginStatus = defineTicketTool({
  name: 'ticket_get_login_status',
  description: 'Whether someone is logged in to the ticket system: {login_status: true|false}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ login_status: pythonTruthy(state.current_user) }),
});

export const logout = defineTicketTool({
  name: 'logout',
  description: 'Log the current user out of the ticket system; success: false when nobody was logged in.',
  input: z.object({}),
  handler: (state) => {
    if (!pythonTruthy(state.current_user)) return { success: false };
    state.current_user = null;
    return { success: true };
  },
});
