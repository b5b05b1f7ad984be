import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveId, requireTicket } from './access.js';

export const getTicket = defineTicketManagementSystemTool({
  name: 'get_ticket',
  description:
    'Every field of one ticket: {ticket_id, title, description, status, priority, category, created_by, created_at, ' +
    'updated_at, assignee, resolution}. Needs no sign-in, as in the reference. Fails for an id below 1 or an unknown id.',
  input: z.object({
    ticket_id: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requirePositiveId(args.ticket_id);
    return { ...requireTicket(state, args.ticket_id) };
  },
});
