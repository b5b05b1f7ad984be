import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveId, requireSignedIn, requireTicket } from './access.js';

export const resolveTicket = defineTicketManagementSystemTool({
  name: 'resolve_ticket',
  description:
    'Set a ticket’s status to "resolved" with a resolution text (replacing any earlier one) and stamp the update time: ' +
    '{ticket_id, status: "resolved", resolution, resolved_at, updated_at}. Needs a signed-in user and a non-empty resolution.',
  input: z.object({
    ticket_id: anyInteger(),
    resolution: z.string(),
  }),
  handler: (state, args) => {
    requirePositiveId(args.ticket_id);
    if (!args.resolution) throw new ToolError('Resolution must be a non-empty string');
    requireSignedIn(state);
    const ticket = requireTicket(state, args.ticket_id);
    ticket.status = 'resolved';
    ticket.resolution = args.resolution;
    ticket.updated_at = state.current_time;
    return {
      ticket_id: args.ticket_id,
      status: 'resolved',
      resolution: args.resolution,
      resolved_at: ticket.updated_at,
      updated_at: ticket.updated_at,
    };
  },
});
