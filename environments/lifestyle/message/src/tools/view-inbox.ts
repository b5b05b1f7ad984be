import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { newestFirst, usernameOf } from './message-records.js';
import { checkPaging, pageWindow } from './page-window.js';
import { requireLogin } from './session.js';

export const viewInbox = defineMessageTool({
  name: 'view_inbox',
  description:
    "A page of the logged-in user's received messages, newest (highest id) first: " +
    '[{message_id, sender_id, sender_username, message, received_at}]. limit (default 50) and offset (default 0) ' +
    'must be non-negative. Reading does not mark messages as read.',
  input: z.object({
    limit: anyInteger().nullable().default(50),
    offset: anyInteger().nullable().default(0),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkPaging(args.limit, args.offset);
    const userId = requireLogin(state);
    const [start, end] = pageWindow(args.limit, args.offset);
    const received = newestFirst(Object.values(state.messages).filter((message) => message.receiver_id === userId));
    return received.slice(start, end).map((message) => ({
      message_id: message.message_id,
      sender_id: message.sender_id,
      sender_username: usernameOf(state, message.sender_id),
      message: message.message,
      received_at: message.sent_at,
    }));
  },
});
