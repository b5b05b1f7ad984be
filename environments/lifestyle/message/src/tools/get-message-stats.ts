import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMessageTool } from '../scenario.js';
import { requireLogin } from './session.js';

const PERIODS = ['today', 'week', 'month', 'year', 'all'];

export const getMessageStats = defineMessageTool({
  name: 'get_message_stats',
  description:
    "The logged-in user's message counts: {total_sent, total_received, total_contacts, messages_by_contact} " +
    '(messages_by_contact, by user id, only when there is any message). time_period must be one of today, week, ' +
    'month, year, all; as in the reference, every period counts all messages.',
  input: z.object({
    time_period: z.string().nullable().default('all'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.time_period !== null && !PERIODS.includes(args.time_period)) {
      throw new ToolError(`time_period must be one of ${PERIODS.join(', ')}; got '${args.time_period}'`);
    }
    const userId = requireLogin(state);
    let totalSent = 0;
    let totalReceived = 0;
    // Contacts in first-seen order, as the reference counts them.
    const byContact = new Map<string, number>();
    for (const message of Object.values(state.messages)) {
      // A note to oneself counts once, as sent.
      let contact: string;
      if (message.sender_id === userId) {
        totalSent += 1;
        contact = message.receiver_id;
      } else if (message.receiver_id === userId) {
        totalReceived += 1;
        contact = message.sender_id;
      } else continue;
      byContact.set(contact, (byContact.get(contact) ?? 0) + 1);
    }
    const stats = { total_sent: totalSent, total_received: totalReceived, total_contacts: byContact.size };
    return byContact.size > 0 ? { ...stats, messages_by_contact: Object.fromEntries(byContact) } : stats;
  },
});
