import { anyInteger, compareCodePoints, containsText, hasEntry, pythonTruthy, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSlackServerTool } from '../scenario.js';
import { withoutHashes } from './channels.js';
import { copyDict, type Dict, describe, field, isDict, items } from './loose-data.js';
import { cursorStart, page } from './pages.js';

/** Every message, channel messages tagged with their channel and replies with their thread. */
function everyMessage(state: { messages: Dict; threads: Dict }): Dict[] {
  const all: Dict[] = [];
  for (const [channelId, stored] of Object.entries(state.messages)) {
    items(stored, `messages["${channelId}"]`).forEach((message, index) => {
      all.push({ ...copyDict(message, `messages["${channelId}"][${index}]`), channel_id: channelId });
    });
  }
  for (const [threadTs, stored] of Object.entries(state.threads)) {
    items(stored, `threads["${threadTs}"]`).forEach((message, index) => {
      const copy = copyDict(message, `threads["${threadTs}"][${index}]`);
      // A reply that names its channel keeps its own thread_ts, as in the reference.
      if (!hasEntry(copy, 'channel_id')) copy.thread_ts = threadTs;
      all.push(copy);
    });
  }
  return all;
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new ToolError(`a message's ${name} is ${describe(value)}, not text: fix the scenario`);
  return value;
}

export const conversationsSearchMessages = defineSlackServerTool({
  name: 'conversations_search_messages',
  description:
    'Search messages in every channel and thread. All filters are optional and combine: text contained in the ' +
    'message (any case), channel id or name, sender user id, ts not before filter_date_after / not after ' +
    'filter_date_before (compared as text), only thread messages. Paged by limit (default 20) and cursor. ' +
    'Returns {messages, next_cursor, total}; channel messages carry channel_id, replies their thread_ts.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    search_query: z.string().nullable().default(null),
    filter_in_channel: z.string().nullable().default(null),
    filter_users_from: z.string().nullable().default(null),
    filter_date_after: z.string().nullable().default(null),
    filter_date_before: z.string().nullable().default(null),
    filter_threads_only: z.boolean().default(false),
    limit: anyInteger().default(20),
    cursor: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const query = args.search_query ? args.search_query.toLowerCase() : '';
    const channel = args.filter_in_channel ? withoutHashes(args.filter_in_channel) : null;
    const results = everyMessage(state).filter((message) => {
      if (query && !containsText(text(field(message, 'text', 'message', ''), 'text').toLowerCase(), query)) return false;
      if (channel !== null) {
        const id = field(message, 'channel_id', 'message');
        if (id !== channel && channelName(state.channels, field(message, 'channel_id', 'message', '')) !== channel) return false;
      }
      if (args.filter_users_from && field(message, 'user', 'message') !== args.filter_users_from) return false;
      if (args.filter_date_after && compareCodePoints(text(field(message, 'ts', 'message', ''), 'ts'), args.filter_date_after) < 0) {
        return false;
      }
      if (args.filter_date_before && compareCodePoints(text(field(message, 'ts', 'message', ''), 'ts'), args.filter_date_before) > 0) {
        return false;
      }
      if (args.filter_threads_only && !pythonTruthy(field(message, 'thread_ts', 'message'))) return false;
      return true;
    });
    const { page: messages, next_cursor } = page(results, cursorStart(args.cursor), BigInt(args.limit));
    return { messages, next_cursor, total: results.length };
  },
});

/** The name of the channel a message names, as the reference looks it up (no such channel: none). */
function channelName(channels: Dict, channelId: unknown): unknown {
  if (Array.isArray(channelId) || isDict(channelId)) {
    throw new ToolError(`a message's channel_id is ${describe(channelId)}, not an id: fix the scenario`);
  }
  if (typeof channelId !== 'string' || !hasEntry(channels, channelId)) return null;
  return field(channels[channelId], 'name', `channels["${channelId}"]`);
}
