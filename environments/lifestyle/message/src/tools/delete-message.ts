import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { checkMessageId, requireMessage } from './message-records.js';
import { requireLogin } from './session.js';

export const deleteMessage = defineMessageTool({
  name: 'delete_message',
  description:
    'Delete a message the logged-in user sent or received; it disappears for both sides. ' +
    'Returns {success, message_id, message}. Fails without a login, for an unknown id, or for somebody else’s message.',
  input: z.object({
    message_id: anyInteger(),
  }),
  handler: (state, args) => {
    checkMessageId(args.message_id);
    const userId = requireLogin(state);
    const message = requireMessage(state, args.message_id);
    if (message.sender_id !== userId && message.receiver_id !== userId) {
      throw new ToolError(`Message ID '${args.message_id}' is not yours: you can only delete messages you sent or received`);
    }
    delete state.messages[String(args.message_id)];
    return { success: true, message_id: args.message_id, message: 'Message deleted successfully' };
  },
});
