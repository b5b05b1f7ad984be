import { hasEntry } from '@envfleet/kit';
import type { EmailMessage, PostmarkEmailServiceState } from '../scenario.js';

export interface Outgoing {
  To: string;
  Subject: string;
  TextBody: string | null;
  HtmlBody: string | null;
  From: string;
  Tag: string | null;
  TrackOpens: boolean;
  TrackLinks: string;
}

/**
 * Stores a message under the next id from the counter (`msg-<n>`), stamped with the scenario clock,
 * and answers with Postmark's send receipt. Where a scenario's counter points at an id already
 * taken, the counter moves on to a free one rather than overwriting the stored message.
 */
export function storeMessage(state: PostmarkEmailServiceState, outgoing: Outgoing) {
  let n = state.next_message_id;
  while (hasEntry(state.messages, `msg-${n}`)) n += 1;
  const id = `msg-${n}`;
  state.next_message_id = n + 1;
  const message: EmailMessage = {
    ...outgoing,
    MessageID: id,
    SubmittedAt: state.current_time,
    ErrorCode: 0,
    Message: 'OK',
  };
  state.messages[id] = message;
  return { To: message.To, SubmittedAt: message.SubmittedAt, MessageID: id, ErrorCode: 0, Message: 'OK' };
}
