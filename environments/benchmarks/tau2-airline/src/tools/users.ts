import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type AirlineDb, defineAirlineTool } from '../scenario.js';
import { getUser, NEW_CERTIFICATE_IDS } from './lookups.js';

export const getUserDetails = defineAirlineTool({
  name: 'get_user_details',
  description:
    "A user's profile: name, address, email, date of birth, payment methods (gift card and certificate balances " +
    'included), saved passengers, membership level and reservation ids.',
  input: z.object({ user_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<AirlineDb>, args) => getUser(db, args.user_id),
});

export const sendCertificate = defineAirlineTool({
  name: 'send_certificate',
  description:
    'Give a user a travel certificate worth amount dollars, as a goodwill gesture the policy allows. Use with care. ' +
    'Returns a sentence naming the new certificate.',
  input: z.object({ user_id: z.string(), amount: z.number().int() }),
  handler: (db: Draft<AirlineDb>, args) => {
    const user = getUser(db, args.user_id);
    const id = NEW_CERTIFICATE_IDS.find((candidate) => !ownEntry(user.payment_methods, candidate));
    if (!id) throw new ToolError('Too many certificates');
    user.payment_methods[id] = { source: 'certificate', id, amount: args.amount };
    return `Certificate ${id} added to user ${args.user_id} with amount ${args.amount}.`;
  },
});
