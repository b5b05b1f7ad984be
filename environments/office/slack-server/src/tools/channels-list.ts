import { anyInteger, pythonStrip, pythonTruthy, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSlackServerTool } from '../scenario.js';
import { field } from './loose-data.js';
import { cursorStart, page } from './pages.js';
import { pythonLess } from './python-order.js';

export const channelsList = defineSlackServerTool({
  name: 'channels_list',
  description:
    'List conversations of the given comma-separated types: public_channel (public, not a DM), private_channel, ' +
    'im (direct messages) and mpim (group DMs). sort "popularity" puts the most members first. Paged: limit per ' +
    'page (default 100) and the cursor a previous page returned. Returns {channels, next_cursor} ("" on the last page).',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    channel_types: z.string(),
    sort: z.string().nullable().default(null),
    limit: anyInteger().default(100),
    cursor: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.channel_types) {
      throw new ToolError('channel_types must be a non-empty string such as "public_channel,private_channel,im"');
    }
    const types = new Set(args.channel_types.split(',').map(pythonStrip));
    const matching: unknown[] = [];
    for (const [id, channel] of Object.entries(state.channels)) {
      const flag = (key: string) => pythonTruthy(field(channel, key, `channels["${id}"]`));
      // A channel is listed once, under the first type that takes it (the reference's order).
      const listed =
        (types.has('public_channel') && flag('is_channel') && !flag('is_private') && !flag('is_im')) ||
        (types.has('private_channel') && flag('is_private') && !flag('is_im')) ||
        (types.has('im') && flag('is_im')) ||
        (types.has('mpim') && flag('is_mpim'));
      if (listed) matching.push(channel);
    }
    if (args.sort === 'popularity') {
      const members = (channel: unknown) => field(channel, 'num_members', 'channel', 0);
      // Stable, so channels with as many members keep their order.
      matching.sort((a, b) => {
        if (pythonLess(members(b), members(a), 'num_members')) return -1;
        return pythonLess(members(a), members(b), 'num_members') ? 1 : 0;
      });
    }
    const { page: channels, next_cursor } = page(matching, cursorStart(args.cursor), BigInt(args.limit));
    return { channels, next_cursor };
  },
});
