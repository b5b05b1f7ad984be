import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { pageAtOffset } from '../pagination.js';
import { defineNotionTool } from '../scenario.js';
import { requirePositivePageSize, requireText } from './checks.js';

/** The integration's own user, added to the workspace the first time it is asked for. */
const BOT_USER_ID = 'bot_user_001';

export const notionListAllUsers = defineNotionTool({
  name: 'notion_list_all_users',
  description:
    'List workspace users (user_id, name, email) in workspace order, page_size at a time. next_cursor is the position to pass ' +
    'as start_cursor for the next page, or null after the last one.',
  input: z.object({
    start_cursor: z.string().nullable().default(null),
    page_size: anyInteger().default(100),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requirePositivePageSize(args.page_size);
    const page = pageAtOffset(Object.values(state.users), args.start_cursor, args.page_size);
    return {
      results: page.items.map((user) => ({ user_id: user.user_id, name: user.name, email: user.email })),
      next_cursor: page.nextCursor,
    };
  },
});

export const notionRetrieveUser = defineNotionTool({
  name: 'notion_retrieve_user',
  description: 'Read one user: id, name, email and type ("person" or "bot").',
  input: z.object({
    user_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.user_id, 'User ID must be a non-empty string');
    const user = ownEntry(state.users, args.user_id);
    if (!user) throw new ToolError(`User ${args.user_id} not found`);
    return { user_id: user.user_id, name: user.name, email: user.email, type: user.type };
  },
});

export const notionRetrieveBotUser = defineNotionTool({
  name: 'notion_retrieve_bot_user',
  description:
    `Read the bot user of this integration (${BOT_USER_ID}) and its owner. The first call adds it to the workspace's users ` +
    '(as "Notion Bot", type bot) when it is not there yet.',
  input: z.object({
    format: z.string().default('markdown'),
  }),
  handler: (state) => {
    let bot = ownEntry(state.users, BOT_USER_ID);
    if (!bot) {
      bot = { user_id: BOT_USER_ID, name: 'Notion Bot', email: null, type: 'bot' };
      state.users[BOT_USER_ID] = bot;
    }
    return { user_id: bot.user_id, name: bot.name, owner: { type: 'integration', id: 'integration_001' } };
  },
});
