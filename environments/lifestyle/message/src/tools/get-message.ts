import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { checkMessageId, requireMessage } from './message-records.js';

export const getMessage = defineMessageTool({
  name: 'get_message',
  description:
    'One message by id: {message_id, sender_id, receiver_id, message, sent_at}, plus is_read when the logged-in ' +
    'user is its receiver. Needs no login. Fails for a negative or unknown id.',
  input: z.object({
    message_id: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    checkMessageId(args.message_id);
    const message = requireMessage(state, args.message_id);
    const details = {
      message_id: message.message_id,
      sender_id: message.sender_id,
      receiver_id: message.receiver_id,
      message: message.message,
      sent_at: message.sent_at,
    };
    return state.current_user_id === message.receiver_id ? { ...details, is_read: message.is_read } : details;
  },
});
