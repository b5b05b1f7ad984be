import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveId, requireSignedIn, requireTicket } from './access.js';

export const getTicketComments = defineTicketManagementSystemTool({
  name: 'get_ticket_comments',
  description:
    'A ticket’s comments in id order: {comments: [{comment_id, ticket_id, comment, author, is_internal, created_at}]}. ' +
    'Internal notes are included only with include_internal and only for staff. Needs a signed-in user; fails for an ' +
    'unknown ticket.',
  input: z.object({
    ticket_id: anyInteger(),
    include_internal: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requirePositiveId(args.ticket_id);
    const username = requireSignedIn(state);
    requireTicket(state, args.ticket_id);
    const isStaff = state.staffUsers.includes(username);
    const comments = Object.values(state.comments)
      .filter((comment) => comment.ticket_id === args.ticket_id && (!comment.is_internal || (args.include_internal && isStaff)))
      .map((comment) => ({ ...comment }));
    return { comments };
  },
});
