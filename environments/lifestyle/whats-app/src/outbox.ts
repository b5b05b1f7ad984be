import { ownEntry, type ToolContext } from '@envfleet/kit';
import type { WhatsAppState } from './scenario.js';

export interface SentMessage {
  message_id: string;
  phone: string;
  timestamp: string;
}

/**
 * Records a message sent by the account: stored under a new id (a uuid, as WhatsApp's are), stamped
 * with the scenario clock, and shown as the chat's latest message — the chat is opened, named after
 * the number, if there was none. Nothing else about the chat changes (unread count, archive flag).
 */
export function sendMessage(state: WhatsAppState, ctx: ToolContext, phone: string, content: string, type: string): SentMessage {
  const messageId = ctx.uuid();
  const timestamp = state.current_time;
  state.messages[messageId] = { message_id: messageId, phone, from_me: true, content, timestamp, type };
  const chat = ownEntry(state.chats, phone);
  if (chat) {
    chat.last_message = content;
    chat.last_message_time = timestamp;
  } else {
    state.chats[phone] = {
      phone,
      name: phone,
      unread_count: 0,
      last_message: content,
      last_message_time: timestamp,
      archived: false,
    };
  }
  return { message_id: messageId, phone, timestamp };
}
