import type { Draft } from '@envfleet/kit';
import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineRetailTool, type RetailDb } from '../scenario.js';
import { getUser } from './lookups.js';

export const addressInput = {
  address1: z.string(),
  address2: z.string(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
  zip: z.string(),
};

/** An address in the field order of the reference's model. */
export function addressOf(args: z.output<z.ZodObject<typeof addressInput>>) {
  return { address1: args.address1, address2: args.address2, city: args.city, country: args.country, state: args.state, zip: args.zip };
}

export const findUserIdByEmail = defineRetailTool({
  name: 'find_user_id_by_email',
  description: "Look up a customer's user id from their email address (case-insensitive). The usual way to identify a customer.",
  input: z.object({ email: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>, args) => {
    const wanted = args.email.toLowerCase();
    const found = Object.entries(db.users).find(([, user]) => user.email.toLowerCase() === wanted);
    if (!found) throw new ToolError('User not found');
    return found[0];
  },
});

export const findUserIdByNameZip = defineRetailTool({
  name: 'find_user_id_by_name_zip',
  description:
    "Look up a customer's user id from first name, last name (both case-insensitive) and the zip code of their " +
    'default address. Use it only when the customer cannot be found by email.',
  input: z.object({ first_name: z.string(), last_name: z.string(), zip: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>, args) => {
    const first = args.first_name.toLowerCase();
    const last = args.last_name.toLowerCase();
    const found = Object.entries(db.users).find(
      ([, user]) =>
        user.name.first_name.toLowerCase() === first && user.name.last_name.toLowerCase() === last && user.address.zip === args.zip,
    );
    if (!found) throw new ToolError('User not found');
    return found[0];
  },
});

export const getUserDetails = defineRetailTool({
  name: 'get_user_details',
  description: "A customer's profile: name, default address, email, payment methods (gift card balances included) and order ids.",
  input: z.object({ user_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>, args) => getUser(db, args.user_id),
});

export const modifyUserAddress = defineRetailTool({
  name: 'modify_user_address',
  description:
    "Replace a customer's default address. Explain the change and get the customer's explicit yes before calling. " +
    'Returns the updated profile.',
  input: z.object({ user_id: z.string(), ...addressInput }),
  handler: (db: Draft<RetailDb>, args) => {
    const user = getUser(db, args.user_id);
    user.address = addressOf(args);
    return user;
  },
});
