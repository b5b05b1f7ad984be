import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { channelsList } from './tools/channels-list.js';
import { conversationsAddMessage } from './tools/conversations-add-message.js';
import { conversationsHistory } from './tools/conversations-history.js';
import { conversationsReplies } from './tools/conversations-replies.js';
import { conversationsSearchMessages } from './tools/conversations-search-messages.js';

export const slackServer = defineEnvironment({
  name: 'SlackServer',
  domain: 'office',
  version: '0.1.0',
  description: 'Slack workspace: list channels and DMs, read channel history and threads, search messages, and post as the bot.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [channelsList, conversationsHistory, conversationsReplies, conversationsSearchMessages, conversationsAddMessage],
});

export default slackServer;
export { scenarioSchema };
export type { SlackServerState } from './scenario.js';
