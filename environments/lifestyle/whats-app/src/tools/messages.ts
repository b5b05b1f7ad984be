import { anyInteger, hasEntry } from '@envfleet/kit';
import { z } from 'zod';
import { firstItems } from '../limit.js';
import { requirePhoneFormat, requireText } from '../phone-number.js';
import { defineWhatsAppTool } from '../scenario.js';

export const whatsappGetChatMessages = defineWhatsAppTool({
  name: 'whatsapp_get_chat_messages',
  description:
    'The messages of the chat with a phone number, oldest first, at most `limit` (0 or none: all). Each is ' +
    '{message_id, phone, from ("me" for the account\'s own), content, timestamp, type}. Reading does not ' +
    'clear the unread count (see whatsapp_mark_message_read).',
  input: z.object({
    phone: z.string(),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.phone, 'Phone');
    const chatMessages = Object.values(state.messages).filter((message) => message.phone === args.phone);
    // A negative limit is reported before a malformed number, as in the reference.
    const page = firstItems(chatMessages, args.limit);
    requirePhoneFormat(args.phone);
    return {
      messages: page.map((message) => ({
        message_id: message.message_id,
        phone: message.phone,
        from: message.from_me ? 'me' : message.phone,
        content: message.content,
        timestamp: message.timestamp,
        type: message.type,
      })),
    };
  },
});

export const whatsappDeleteMessage = defineWhatsAppTool({
  name: 'whatsapp_delete_message',
  description:
    'Delete a message by id. The phone must be a well-formed number, but the message is found by its id ' +
    'alone. Returns {message_id, deleted}: deleted is false when no message has that id. The chat keeps ' +
    'its last-message preview.',
  input: z.object({
    phone: z.string(),
    message_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.phone, 'Phone');
    requireText(args.message_id, 'Message ID');
    requirePhoneFormat(args.phone);
    const deleted = hasEntry(state.messages, args.message_id);
    if (deleted) delete state.messages[args.message_id];
    return { message_id: args.message_id, deleted };
  },
});
