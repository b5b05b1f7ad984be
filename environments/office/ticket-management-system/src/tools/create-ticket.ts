import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requireSignedIn } from './access.js';

export const createTicket = defineTicketManagementSystemTool({
  name: 'create_ticket',
  description:
    'Open a ticket as the signed-in user: the next ticket id, status "open", stamped with the current time. priority ' +
    'is 1 (lowest, the default) to 5; an assignee must be one of the staff usernames (an empty one is stored as ' +
    'given). Returns {ticket_id, title, description, status, priority, category, created_by, created_at, assignee}.',
  input: z.object({
    title: z.string(),
    description: z.string().default(''),
    priority: anyInteger().default(1),
    category: z.string().default('general'),
    assignee: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.title) throw new ToolError('Title must be a non-empty string');
    const username = requireSignedIn(state);
    if (args.assignee && !state.staffUsers.includes(args.assignee)) {
      throw new ToolError(`Invalid assignee ${args.assignee}: assign one of the staff (${state.staffUsers.join(', ')})`);
    }
    if (args.priority < 1 || args.priority > 5) throw new ToolError(`Priority must be between 1 and 5 (got ${args.priority})`);
    const ticketId = state.next_ticket_id;
    state.next_ticket_id += 1;
    const now = state.current_time;
    state.tickets[String(ticketId)] = {
      ticket_id: ticketId,
      title: args.title,
      description: args.description,
      status: 'open',
      priority: args.priority,
      category: args.category,
      created_by: username,
      created_at: now,
      updated_at: now,
      assignee: args.assignee,
      resolution: null,
    };
    return {
      ticket_id: ticketId,
      title: args.title,
      description: args.description,
      status: 'open',
      priority: args.priority,
      category: args.category,
      created_by: username,
      created_at: now,
      assignee: args.assignee,
    };
  },
});
