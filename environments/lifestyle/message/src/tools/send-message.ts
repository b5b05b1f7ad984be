import { hasEntry, pythonStrip, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { takeMessageId } from './message-records.js';
import { requireLogin } from './session.js';

export const sendMessage = defineMessageTool({
  name: 'send_message',
  description:
    'Send a direct message from the logged-in user to a user id (yourself included). It is stamped with the ' +
    'scenario clock and gets the next message id. Returns {success, message_id, receiver_id, sent_at, message}. ' +
    'Fails without a login, for an unknown receiver, or for blank text.',
  input: z.object({
    receiver_id: z.string(),
    message: z.string(),
  }),
  handler: (state, args) => {
    if (!args.receiver_id) throw new ToolError('receiver_id must be a non-empty string');
    if (!args.message) throw new ToolError('message must be a non-empty string');
    const senderId = requireLogin(state);
    if (!hasEntry(state.users, args.receiver_id)) {
      throw new ToolError(`Receiver ID '${args.receiver_id}' not found (list_users shows every user id)`);
    }
    if (!pythonStrip(args.message)) throw new ToolError('Message content cannot be empty or only whitespace');
    const messageId = takeMessageId(state);
    const sentAt = state.current_time.replace('T', ' ');
    state.messages[String(messageId)] = {
      message_id: messageId,
      sender_id: senderId,
      receiver_id: args.receiver_id,
      message: args.message,
      sent_at: sentAt,
      is_read: false,
    };
    return { success: true, message_id: messageId, receiver_id: args.receiver_id, sent_at: sentAt, message: 'Message sent successfully' };
  },
});
