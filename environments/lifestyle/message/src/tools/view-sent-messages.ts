import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { newestFirst, usernameOf } from './message-records.js';
import { checkPaging, pageWindow } from './page-window.js';
import { requireLogin } from './session.js';

export const viewSentMessages = defineMessageTool({
  name: 'view_sent_messages',
  description:
    'A page of the messages the logged-in user sent, newest first, optionally only those to receiver_id: ' +
    '[{message_id, receiver_id, receiver_username, message, sent_at}]. limit (default 50) and offset (default 0) ' +
    'must be non-negative.',
  input: z.object({
    receiver_id: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(50),
    offset: anyInteger().nullable().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.offset);
    const userId = requireLogin(state);
    const [start, end] = pageWindow(args.limit, args.offset);
    // An empty receiver_id is a filter too (it matches nobody), unlike search_messages.
    const sent = newestFirst(
      Object.values(state.messages).filter(
        (message) => message.sender_id === userId && (args.receiver_id === null || message.receiver_id === args.receiver_id),
      ),
    );
    return sent.slice(start, end).map((message) => ({
      message_id: message.message_id,
      receiver_id: message.receiver_id,
      receiver_username: usernameOf(state, message.receiver_id),
      message: message.message,
      sent_at: message.sent_at,
    }));
  },
});
