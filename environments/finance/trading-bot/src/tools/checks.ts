import { type Draft, ToolError } from '@envfleet/kit';
import type { Account, TradingState } from '../scenario.js';

/** The logged-in username; an empty name counts as nobody, as in the reference. */
export function requireLogin(state: Draft<TradingState>): string {
  if (!state.current_user) throw new ToolError('No user logged in: call login first');
  return state.current_user;
}

export function requireText(value: string, what: string): void {
  if (!value) throw new ToolError(`${what} must be a non-empty string`);
}

/**
 * The account every money operation uses: the first one in the scenario, whoever is logged in
 * (the reference does not link accounts to users).
 */
export function firstAccount(state: Draft<TradingState>): Draft<Account> | undefined {
  for (const key in state.accounts) return state.accounts[key];
  return undefined;
}
