import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';

export const checkLoginStatus = defineTravelBookingTool({
  name: 'check_login_status',
  description: 'Whether anyone is signed in: {is_logged_in: true} as soon as at least one session is open.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ is_logged_in: Object.keys(state.authenticated_users).length > 0 }),
});
