import { hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSlackServerTool } from '../scenario.js';
import { resolveChannel } from './channels.js';
import { describe } from './loose-data.js';

export const conversationsAddMessage = defineSlackServerTool({
  name: 'conversations_add_message',
  description:
    'Post a message as the bot to a channel (id or name such as "#general"; an unknown id starts a new history) ' +
    'or, with thread_ts, as a reply in that thread (starting it if needed). Its ts comes from the current time ' +
    '(2026-04-17T02:12:12 gives 20260417.021212000). content_type is accepted and ignored. Returns {ok, channel, ts, message}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    channel_id: z.string(),
    payload: z.string(),
    thread_ts: z.string().nullable().default(null),
    content_type: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.channel_id) throw new ToolError('channel_id must be a non-empty string: a channel id or a name such as "#general"');
    if (!args.payload) throw new ToolError('payload must be a non-empty string: the message text');
    const channel = resolveChannel(state, args.channel_id);
    const ts = `${state.current_time.replaceAll('T', '.').replaceAll(':', '').replaceAll('-', '')}000`;
    const message: Record<string, string> = { type: 'message', user: 'bot', text: args.payload, ts };
    if (args.thread_ts) {
      message.thread_ts = args.thread_ts;
      append(state.threads, args.thread_ts, `threads["${args.thread_ts}"]`, message);
    } else {
      append(state.messages, channel, `messages["${channel}"]`, message);
    }
    return { ok: true, channel, ts, message };
  },
});

function append(map: Record<string, unknown>, key: string, where: string, message: Record<string, string>): void {
  if (!hasEntry(map, key)) map[key] = [];
  const list = map[key];
  if (!Array.isArray(list)) throw new ToolError(`${where} is ${describe(list)}, not a list of messages: fix the scenario`);
  list.push({ ...message });
}
