import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { RetailState, User } from '../scenario.js';
import { addressFields, requireAddressFields } from './address.js';
import { requireText } from './orders.js';

// What the two lookups tell about an account: enough to confirm identity, not the whole profile.
function identity(user: Draft<User>) {
  // A name map without first/last still has a printable name (the reference failed on it).
  return {
    user_id: user.user_id,
    name: `${user.name.first ?? ''} ${user.name.last ?? ''}`,
    email: user.email,
    zip_code: user.zip_code,
  };
}

function findUser(state: Draft<RetailState>, userId: string): Draft<User> {
  requireText(userId, 'User ID');
  const user = ownEntry(state.users, userId);
  if (!user) throw new ToolError(`User ${userId} not found`);
  return user;
}

export const findUserByEmail = defineTool({
  name: 'find_user_by_email',
  description:
    'Identify a customer by the exact email address on their account. Returns user_id, full name, email and zip code; ' +
    'use get_user_details with the user_id for addresses, payment methods and orders.',
  input: z.object({ email: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RetailState>, args) => {
    requireText(args.email, 'Email');
    const user = Object.values(state.users).find((u) => u.email === args.email);
    if (!user) throw new ToolError(`User not found: no account has the email "${args.email}"`);
    return identity(user);
  },
});

export const findUserByNameZip = defineTool({
  name: 'find_user_by_name_zip',
  description:
    'Identify a customer by first name, last name and five-digit zip code (all exact, case-sensitive) when they do ' +
    'not know their email. Returns user_id, full name, email and zip code.',
  input: z.object({ first_name: z.string(), last_name: z.string(), zip_code: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RetailState>, args) => {
    requireText(args.first_name, 'First name');
    requireText(args.last_name, 'Last name');
    requireText(args.zip_code, 'Zip code');
    const user = Object.values(state.users).find(
      (u) => u.name.first === args.first_name && u.name.last === args.last_name && u.zip_code === args.zip_code,
    );
    if (!user) throw new ToolError(`User not found: no account for ${args.first_name} ${args.last_name} with zip code ${args.zip_code}`);
    return identity(user);
  },
});

export const getUserDetails = defineTool({
  name: 'get_user_details',
  description:
    "A customer's full profile: name (first/last), email, default shipping address, zip code, the payment methods " +
    'registered to the account and their order ids.',
  input: z.object({ user_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RetailState>, args) => {
    const user = findUser(state, args.user_id);
    return {
      user_id: user.user_id,
      name: user.name,
      email: user.email,
      address: user.address,
      payment_methods: user.payment_methods,
      zip_code: user.zip_code,
      order_ids: user.order_ids,
    };
  },
});

export const modifyUserAddress = defineTool({
  name: 'modify_user_address',
  description:
    "Replace a customer's default shipping address (street line, city, state, country) and their zip code (give the " +
    'five digits: the value is stored as given). ' +
    'Existing orders keep their own address; use modify_pending_order_address for a pending order.',
  input: z.object({ user_id: z.string(), ...addressFields }),
  handler: (state: Draft<RetailState>, args) => {
    const user = findUser(state, args.user_id);
    requireAddressFields(args);
    user.address = { street: args.address, city: args.city, state: args.state, country: args.country };
    // Stored as given, like the reference: a zip that is not five digits is kept, and a world saved with
    // it will no longer load (the scenario requires five digits).
    user.zip_code = args.zip_code;
    return { user_id: user.user_id, updated_address: user.address };
  },
});
