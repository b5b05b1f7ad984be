import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { firstItems } from '../limit.js';
import { requirePhoneFormat, requireText } from '../phone-number.js';
import { defineWhatsAppTool } from '../scenario.js';

export const whatsappListChats = defineWhatsAppTool({
  name: 'whatsapp_list_chats',
  description:
    "The account's chats — only archived ones when `archived` is true, otherwise only the others — in the " +
    'order they were opened, at most `limit` (0 or none: all). Each is {phone, name, unread_count, ' +
    'last_message, last_message_time}.',
  input: z.object({
    limit: anyInteger().nullable().default(null),
    archived: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const chats = firstItems(
      Object.values(state.chats).filter((chat) => chat.archived === args.archived),
      args.limit,
    );
    return {
      chats: chats.map((chat) => ({
        phone: chat.phone,
        name: chat.name,
        unread_count: chat.unread_count,
        last_message: chat.last_message,
        last_message_time: chat.last_message_time,
      })),
    };
  },
});

export const whatsappArchiveChat = defineWhatsAppTool({
  name: 'whatsapp_archive_chat',
  description:
    'Archive (archive: true) or unarchive (false) the chat with a phone number; a number with no chat yet ' +
    'gets an empty one, named after the number. Returns {phone, archived}.',
  input: z.object({
    phone: z.string(),
    archive: z.boolean(),
  }),
  handler: (state, args) => {
    requireText(args.phone, 'Phone');
    requirePhoneFormat(args.phone);
    const chat = ownEntry(state.chats, args.phone);
    if (chat) chat.archived = args.archive;
    else {
      state.chats[args.phone] = {
        phone: args.phone,
        name: args.phone,
        unread_count: 0,
        last_message: '',
        last_message_time: '',
        archived: args.archive,
      };
    }
    return { phone: args.phone, archived: args.archive };
  },
});

export const whatsappMarkMessageRead = defineWhatsAppTool({
  name: 'whatsapp_mark_message_read',
  description:
    'Mark the chat with a phone number as read: its unread count drops to 0 (the whole chat, even when a ' +
    'message_id is given). A number with no chat is accepted and changes nothing. Returns {phone, marked_read: true}.',
  input: z.object({
    phone: z.string(),
    message_id: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireText(args.phone, 'Phone');
    requirePhoneFormat(args.phone);
    const chat = ownEntry(state.chats, args.phone);
    if (chat) chat.unread_count = 0;
    return { phone: args.phone, marked_read: true };
  },
});
