import { anyInteger, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requireSignedIn } from './access.js';

export const listTickets = defineTicketManagementSystemTool({
  name: 'list_tickets',
  description:
    'Tickets in id order, filtered by status, priority, category (each ignored when empty or 0) and assignee (matched ' +
    'exactly when given, even ""), then paged by offset and limit (default 5). Each: {ticket_id, title, status, ' +
    'priority, category, created_by, created_at, assignee}. Needs a signed-in user; limit and offset must not be negative.',
  input: z.object({
    status: z.string().nullable().default(null),
    priority: anyInteger().nullable().default(null),
    category: z.string().nullable().default(null),
    assignee: z.string().nullable().default(null),
    limit: anyInteger().default(5),
    offset: anyInteger().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.limit < 0 || args.offset < 0) {
      throw new ToolError(`Limit and offset must be non-negative (got limit ${args.limit}, offset ${args.offset})`);
    }
    requireSignedIn(state);
    const matching = Object.values(state.tickets)
      .filter(
        (ticket) =>
          (!args.status || ticket.status === args.status) &&
          (!args.priority || ticket.priority === args.priority) &&
          (!args.category || ticket.category === args.category) &&
          (args.assignee === null || ticket.assignee === args.assignee),
      )
      .map((ticket) => ({
        ticket_id: ticket.ticket_id,
        title: ticket.title,
        status: ticket.status,
        priority: ticket.priority,
        category: ticket.category,
        created_by: ticket.created_by,
        created_at: ticket.created_at,
        assignee: ticket.assignee,
      }));
    return { tickets: pythonSlice(matching, args.offset, args.offset + args.limit) };
  },
});
