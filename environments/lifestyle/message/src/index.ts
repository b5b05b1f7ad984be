import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { deleteMessage } from './tools/delete-message.js';
import { getMessage } from './tools/get-message.js';
import { getMessageStats } from './tools/get-message-stats.js';
import { searchMessages } from './tools/search-messages.js';
import { sendMessage } from './tools/send-message.js';
import { checkLoginStatus, login, logout } from './tools/session.js';
import { addContact, getUserId, listUsers } from './tools/users.js';
import { viewInbox } from './tools/view-inbox.js';
import { viewSentMessages } from './tools/view-sent-messages.js';

export const message = defineEnvironment({
  name: 'Message',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'Direct messages in a small workspace: log in as a user, list and add users, send, read, search and delete ' +
    'messages, and count them by contact.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    login,
    logout,
    checkLoginStatus,
    listUsers,
    getUserId,
    addContact,
    sendMessage,
    viewInbox,
    viewSentMessages,
    getMessage,
    deleteMessage,
    searchMessages,
    getMessageStats,
  ],
});

export default message;
export { scenarioSchema };
export type { MessageState } from './scenario.js';
