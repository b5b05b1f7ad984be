import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveId, requireSignedIn, requireTicket } from './access.js';

export const closeTicket = defineTicketManagementSystemTool({
  name: 'close_ticket',
  description:
    'Set a ticket’s status to "closed" (whatever it was) and stamp the update time: {ticket_id, status: "closed", ' +
    'message, updated_at}. Needs a signed-in user; fails for an id below 1 or an unknown id.',
  input: z.object({
    ticket_id: anyInteger(),
  }),
  handler: (state, args) => {
    requirePositiveId(args.ticket_id);
    requireSignedIn(state);
    const ticket = requireTicket(state, args.ticket_id);
    ticket.status = 'closed';
    ticket.updated_at = state.current_time;
    return { ticket_id: args.ticket_id, status: 'closed', message: 'Ticket closed successfully', updated_at: ticket.updated_at };
  },
});
