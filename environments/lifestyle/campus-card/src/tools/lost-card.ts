import { z } from 'zod';
import { checkPassword, findAccount, requirePassword, requireUserId } from '../account.js';
import { defineCampusCardTool } from '../scenario.js';

const LOST = 2;

export const lostCard = defineCampusCardTool({
  name: 'lostCard',
  description:
    'Reports a campus card lost (status 2), whatever its status was, once the password is verified. ' +
    'Fails for an empty userId or password, an unknown account or a wrong password.',
  input: z.object({
    userId: z.string(),
    password: z.string(),
  }),
  handler: (state, args) => {
    requireUserId(args.userId);
    requirePassword(args.password);
    const account = findAccount(state, args.userId);
    checkPassword(account, args.password);
    account.status = LOST;
    return { userId: args.userId, success: true, message: 'Card has been reported as lost and frozen', status: LOST };
  },
});
