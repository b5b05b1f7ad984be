import { anyInteger, containsText, pythonStrip, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { newestFirst } from './message-records.js';
import { requireLogin } from './session.js';

export const searchMessages = defineMessageTool({
  name: 'search_messages',
  description:
    'Search the messages the logged-in user sent or received for a keyword (case-insensitive substring), ' +
    'optionally only from sender_id and/or to receiver_id (empty means any). Newest first, at most limit ' +
    '(default 20; null for all): [{message_id, sender_id, receiver_id, message, sent_at}].',
  input: z.object({
    keyword: z.string(),
    sender_id: z.string().nullable().default(null),
    receiver_id: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(20),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.keyword) throw new ToolError('keyword must be a non-empty string');
    if (args.limit !== null && args.limit < 0) throw new ToolError('Limit must be a non-negative integer');
    const userId = requireLogin(state);
    if (!pythonStrip(args.keyword)) throw new ToolError('Search keyword cannot be only whitespace');
    const needle = args.keyword.toLowerCase();
    const matches = newestFirst(
      Object.values(state.messages).filter(
        (message) =>
          (message.sender_id === userId || message.receiver_id === userId) &&
          (!args.sender_id || message.sender_id === args.sender_id) &&
          (!args.receiver_id || message.receiver_id === args.receiver_id) &&
          containsText(message.message.toLowerCase(), needle),
      ),
    );
    return (args.limit === null ? matches : matches.slice(0, args.limit)).map((message) => ({
      message_id: message.message_id,
      sender_id: message.sender_id,
      receiver_id: message.receiver_id,
      message: message.message,
      sent_at: message.sent_at,
    }));
  },
});
