import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSlackServerTool } from '../scenario.js';
import { resolveChannel } from './channels.js';
import { readConversation } from './conversation-reading.js';

export const conversationsHistory = defineSlackServerTool({
  name: 'conversations_history',
  description:
    'Messages of a channel, DM or group DM, oldest first, by id or name ("C0123" or "#general"; an unknown ' +
    'channel has no messages). Join/leave notices are left out unless include_activity_messages. limit is a ' +
    'message count such as "20" (default 50; time windows like "1d" are ignored); paged by cursor. Returns ' +
    '{messages, next_cursor}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    channel_id: z.string(),
    limit: z.string().nullable().default(null),
    cursor: z.string().nullable().default(null),
    include_activity_messages: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.channel_id) throw new ToolError('channel_id must be a non-empty string: a channel id or a name such as "#general"');
    const id = resolveChannel(state, args.channel_id);
    const stored = hasEntry(state.messages, id) ? state.messages[id] : [];
    return readConversation(stored, `messages["${id}"]`, {
      limit: args.limit,
      cursor: args.cursor,
      includeActivity: args.include_activity_messages,
    });
  },
});
