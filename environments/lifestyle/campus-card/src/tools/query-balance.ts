import { z } from 'zod';
import { findAccount, requireUserId } from '../account.js';
import { defineCampusCardTool } from '../scenario.js';

export const queryBalance = defineCampusCardTool({
  name: 'query_balance',
  description: "A campus card's available balance and its currency. No password needed. Fails for an empty or unknown userId.",
  input: z.object({
    userId: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireUserId(args.userId);
    const account = findAccount(state, args.userId);
    return { userId: args.userId, balance: account.balance, currency: account.currency };
  },
});
