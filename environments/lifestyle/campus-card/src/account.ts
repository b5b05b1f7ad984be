import { ownEntry, ToolError } from '@envfleet/kit';
import type { CampusCardState } from './scenario.js';

type Account = CampusCardState['accounts'][string];

// The reference checks its arguments in this order in every tool: the user id, then the password,
// then whether the account exists, then (for the tools that take one) whether the password matches.

export function requireUserId(userId: string): void {
  if (!userId) throw new ToolError('userId must be a non-empty string: pass the card account id');
}

export function requirePassword(password: string): void {
  if (!password) throw new ToolError('password must be a non-empty string: pass the card password');
}

export function findAccount<A>(state: { accounts: Record<string, A> }, userId: string): A {
  const account = ownEntry(state.accounts, userId);
  if (!account) throw new ToolError(`User ${userId} not found: check the userId`);
  return account;
}

export function checkPassword(account: Pick<Account, 'password'>, password: string): void {
  if (account.password !== password) throw new ToolError('Invalid password for this card');
}
