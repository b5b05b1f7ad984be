import { z } from 'zod';
import { checkPassword, findAccount, requirePassword, requireUserId } from '../account.js';
import { defineCampusCardTool } from '../scenario.js';

const PROFILE_FIELDS = ['phone', 'email', 'address'] as const;

export const updateInfo = defineCampusCardTool({
  name: 'update_info',
  description:
    "Changes a campus card's phone, email and/or address once the password is verified; a field left out " +
    'is kept (an empty string clears it). Reports which fields changed; success is false when none was ' +
    'given. Fails for an empty userId or password, an unknown account or a wrong password.',
  input: z.object({
    userId: z.string(),
    password: z.string(),
    phone: z.string().nullable().default(null),
    email: z.string().nullable().default(null),
    address: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireUserId(args.userId);
    requirePassword(args.password);
    const account = findAccount(state, args.userId);
    checkPassword(account, args.password);
    const updatedFields: string[] = [];
    for (const field of PROFILE_FIELDS) {
      const value = args[field];
      if (value === null) continue;
      account[field] = value;
      updatedFields.push(field);
    }
    return {
      userId: args.userId,
      success: updatedFields.length > 0,
      updatedFields,
      message: updatedFields.length > 0 ? `Updated ${updatedFields.length} field(s)` : 'No fields updated',
    };
  },
});
