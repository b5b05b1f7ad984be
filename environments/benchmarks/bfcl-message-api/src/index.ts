import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { delete_message, get_message_stats, search_messages, send_message, view_messages_sent } from './tools/messages.js';
import { add_contact, get_user_id, list_users, message_get_login_status, message_login } from './tools/users.js';

export const bfclMessageApi = defineEnvironment({
  name: 'BfclMessageAPI',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's MessageAPI under BFCL's own tool and argument names: a workspace of users with ids, a login, and an inbox of sent messages " +
    "to send, view, search, count and delete. Loads a BFCL entry's initial_config.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    list_users,
    get_user_id,
    message_login,
    message_get_login_status,
    send_message,
    delete_message,
    view_messages_sent,
    add_contact,
    search_messages,
    get_message_stats,
  ],
});

export default bfclMessageApi;
export { scenarioSchema };
export type { BfclMessageApiState } from './scenario.js';
