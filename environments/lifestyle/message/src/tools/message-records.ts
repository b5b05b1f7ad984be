import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import type { MessageState, StoredMessage } from '../scenario.js';

/** Message ids are never negative; the reference refuses one before any other check. */
export function checkMessageId(messageId: number): void {
  if (messageId < 0) throw new ToolError('message_id must be a non-negative integer');
}

/** The message stored under this id (the scenario's key), or an error naming the id. */
export function requireMessage(state: MessageState, messageId: number): StoredMessage {
  const message = ownEntry(state.messages, String(messageId));
  if (!message) throw new ToolError(`Message ID '${messageId}' not found`);
  return message;
}

/** Newest first: highest message_id first, ties kept in stored order. */
export function newestFirst(messages: StoredMessage[]): StoredMessage[] {
  return messages.sort((a, b) => b.message_id - a.message_id);
}

/** A user's name for listings, or "Unknown" when the id is not a workspace user. */
export function usernameOf(state: MessageState, userId: string): string {
  return ownEntry(state.users, userId)?.username ?? 'Unknown';
}

/** The id for a new message: the counter, or the next free id where a scenario already used it. */
export function takeMessageId(state: MessageState): number {
  let id = state.next_message_id;
  while (hasEntry(state.messages, String(id))) id += 1;
  state.next_message_id = id + 1;
  return id;
}
