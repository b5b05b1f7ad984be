import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findSession, requireTokenText } from './session.js';

export const setBudgetLimit = defineTravelBookingTool({
  name: 'set_budget_limit',
  description:
    "Set the session's travel budget in USD (a positive number; setting it again replaces it). It is informational: " +
    'bookings are not refused beyond it. Returns {budget_limit, currency: "USD", status: "success"}.',
  input: z.object({
    access_token: z.string(),
    budget_limit: z.number(),
  }),
  handler: (state, args) => {
    requireTokenText(args.access_token);
    if (!(args.budget_limit > 0)) throw new ToolError(`budget_limit must be a positive number of USD, got ${args.budget_limit}`);
    findSession(state, args.access_token);
    state.budget_limits[args.access_token] = args.budget_limit;
    return { budget_limit: args.budget_limit, currency: 'USD', status: 'success' };
  },
});
