import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSlackServerTool } from '../scenario.js';
import { readConversation } from './conversation-reading.js';

export const conversationsReplies = defineSlackServerTool({
  name: 'conversations_replies',
  description:
    'Replies in a thread, identified by the ts of its parent message (channel_id is required but the thread ' +
    'alone decides). Join/leave notices are left out unless include_activity_messages; limit is a count such as ' +
    '"20" (default 50); paged by cursor. Returns {messages, next_cursor, thread_ts}. Fails for an unknown thread.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    channel_id: z.string(),
    thread_ts: z.string(),
    limit: z.string().nullable().default(null),
    cursor: z.string().nullable().default(null),
    include_activity_messages: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.channel_id) throw new ToolError('channel_id must be a non-empty string: a channel id or a name such as "#general"');
    if (!args.thread_ts) throw new ToolError("thread_ts must be a non-empty string: the parent message's ts");
    if (!hasEntry(state.threads, args.thread_ts)) {
      throw new ToolError(`Thread ${args.thread_ts} not found: use the ts of a message that has replies`);
    }
    const replies = readConversation(state.threads[args.thread_ts], `threads["${args.thread_ts}"]`, {
      limit: args.limit,
      cursor: args.cursor,
      includeActivity: args.include_activity_messages,
    });
    return { ...replies, thread_ts: args.thread_ts };
  },
});
