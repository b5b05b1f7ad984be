import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { findSession, requireTokenText } from './session.js';

export const getBudgetInfo = defineTravelBookingTool({
  name: 'get_budget_info',
  description:
    "The session's spending in USD: total_spent on bookings (insurance not included) and, once a budget is set, " +
    'budget_limit and remaining_budget (negative when overspent).',
  input: z.object({
    access_token: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireTokenText(args.access_token);
    findSession(state, args.access_token);
    const spent = ownEntry(state.total_spent, args.access_token) ?? 0;
    const limit = ownEntry(state.budget_limits, args.access_token);
    if (limit === undefined) return { total_spent: spent, currency: 'USD' };
    return { total_spent: spent, currency: 'USD', budget_limit: limit, remaining_budget: limit - spent };
  },
});
