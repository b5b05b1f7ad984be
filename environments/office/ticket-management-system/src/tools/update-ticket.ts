import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveId, requireSignedIn, requireTicket } from './access.js';

// The fields in the order the reference applies and reports them.
const FIELDS = ['title', 'description', 'priority', 'category', 'assignee', 'status'] as const;

export const updateTicket = defineTicketManagementSystemTool({
  name: 'update_ticket',
  description:
    'Change any of a ticket’s title, description, priority (1–5), category, assignee (a staff username, or "" to ' +
    'unassign) and status (any text); omitted fields stay. The update time is stamped even when nothing changes. ' +
    'Returns {ticket_id, status: "Ticket updated successfully", updated_fields, updated_at}. Needs a signed-in user.',
  input: z.object({
    ticket_id: anyInteger(),
    title: z.string().nullable().default(null),
    description: z.string().nullable().default(null),
    priority: anyInteger().nullable().default(null),
    category: z.string().nullable().default(null),
    assignee: z.string().nullable().default(null),
    status: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requirePositiveId(args.ticket_id);
    requireSignedIn(state);
    const ticket = requireTicket(state, args.ticket_id);
    // The reference stores any priority here, which leaves a ticket its own loader refuses.
    if (args.priority !== null && (args.priority < 1 || args.priority > 5)) {
      throw new ToolError(`Priority must be between 1 and 5 (got ${args.priority})`);
    }
    if (args.assignee && !state.staffUsers.includes(args.assignee)) {
      throw new ToolError(`Invalid assignee ${args.assignee}: assign one of the staff (${state.staffUsers.join(', ')}) or "" to unassign`);
    }
    const updatedFields: string[] = [];
    for (const field of FIELDS) {
      const value = args[field];
      if (value === null) continue;
      updatedFields.push(field);
      if (field === 'priority') ticket.priority = value as number;
      else if (field === 'assignee') ticket.assignee = value === '' ? null : (value as string);
      else ticket[field] = value as string;
    }
    ticket.updated_at = state.current_time;
    return {
      ticket_id: args.ticket_id,
      status: 'Ticket updated successfully',
      updated_fields: updatedFields,
      updated_at: ticket.updated_at,
    };
  },
});
