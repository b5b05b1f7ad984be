import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveLimit, requireSignedIn } from './access.js';

export const getUserTickets = defineTicketManagementSystemTool({
  name: 'get_user_tickets',
  description:
    'Tickets created by username (by default the signed-in user), optionally with one status, in id order, at most ' +
    'limit (default 5). Each: {ticket_id, title, status, priority, category, created_at, assignee}. Needs a signed-in ' +
    'user and a positive limit.',
  input: z.object({
    username: z.string().nullable().default(null),
    status: z.string().nullable().default(null),
    limit: anyInteger().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requirePositiveLimit(args.limit);
    const current = requireSignedIn(state);
    const creator = args.username ?? current;
    const tickets = Object.values(state.tickets)
      .filter((ticket) => ticket.created_by === creator && (!args.status || ticket.status === args.status))
      .map((ticket) => ({
        ticket_id: ticket.ticket_id,
        title: ticket.title,
        status: ticket.status,
        priority: ticket.priority,
        category: ticket.category,
        created_at: ticket.created_at,
        assignee: ticket.assignee,
      }));
    return { tickets: tickets.slice(0, args.limit) };
  },
});
