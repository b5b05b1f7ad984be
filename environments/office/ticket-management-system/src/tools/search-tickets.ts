import { containsText, anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveLimit, requireSignedIn } from './access.js';

export const searchTickets = defineTicketManagementSystemTool({
  name: 'search_tickets',
  description:
    'Tickets whose title or description contains query, ignoring case, optionally with one status, in id order, at ' +
    'most limit (default 5). Each: {ticket_id, title, description, status, priority, created_by, created_at}. Needs a ' +
    'signed-in user, a non-empty query and a positive limit.',
  input: z.object({
    query: z.string(),
    status: z.string().nullable().default(null),
    limit: anyInteger().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.query) throw new ToolError('Query must be a non-empty string');
    requirePositiveLimit(args.limit);
    requireSignedIn(state);
    const needle = args.query.toLowerCase();
    const matching = Object.values(state.tickets)
      .filter((ticket) => containsText(ticket.title.toLowerCase(), needle) || containsText(ticket.description.toLowerCase(), needle))
      .filter((ticket) => !args.status || ticket.status === args.status)
      .map((ticket) => ({
        ticket_id: ticket.ticket_id,
        title: ticket.title,
        description: ticket.description,
        status: ticket.status,
        priority: ticket.priority,
        created_by: ticket.created_by,
        created_at: ticket.created_at,
      }));
    return { tickets: matching.slice(0, args.limit) };
  },
});
