import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTicketManagementSystemTool } from '../scenario.js';
import { requirePositiveId, requireSignedIn, requireTicket } from './access.js';

export const addComment = defineTicketManagementSystemTool({
  name: 'add_comment',
  description:
    'Comment on a ticket as the signed-in user, publicly or as an internal (staff-only) note; it gets the next comment ' +
    'id and the current time: {comment_id, ticket_id, comment, author, is_internal, created_at}. The ticket itself is ' +
    'not changed. Fails for an empty comment or an unknown ticket.',
  input: z.object({
    ticket_id: anyInteger(),
    comment: z.string(),
    is_internal: z.boolean().default(false),
  }),
  handler: (state, args) => {
    requirePositiveId(args.ticket_id);
    if (!args.comment) throw new ToolError('Comment must be a non-empty string');
    const author = requireSignedIn(state);
    requireTicket(state, args.ticket_id);
    const commentId = state.next_comment_id;
    state.next_comment_id += 1;
    const comment = {
      comment_id: commentId,
      ticket_id: args.ticket_id,
      comment: args.comment,
      author,
      is_internal: args.is_internal,
      created_at: state.current_time,
    };
    state.comments[String(commentId)] = comment;
    return { ...comment };
  },
});
