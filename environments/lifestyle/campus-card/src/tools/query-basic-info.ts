import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { checkPassword, findAccount, requirePassword, requireUserId } from '../account.js';
import { defineCampusCardTool } from '../scenario.js';

export const queryBasicInfo = defineCampusCardTool({
  name: 'query_basic_info',
  description:
    "A campus card's holder name and status (code 1-6 and its text, e.g. 2 = lost) once the password is " +
    'verified. Fails for an empty userId or password, an unknown account or a wrong password.',
  input: z.object({
    userId: z.string(),
    password: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireUserId(args.userId);
    requirePassword(args.password);
    const account = findAccount(state, args.userId);
    checkPassword(account, args.password);
    return {
      userId: args.userId,
      name: account.name,
      status: account.status,
      // A code the scenario's statusTextMap does not describe reads as "unknown".
      statusText: ownEntry(state.statusTextMap, String(account.status)) ?? 'unknown',
    };
  },
});
