import { compareCodePoints, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { TradingState } from '../scenario.js';
import { firstAccount, requireLogin } from './checks.js';

/** Python's `f"{n:06d}"`: at least six characters, zero-padded after any minus sign. */
function sixDigits(n: number): string {
  const digits = BigInt(Math.abs(n)).toString();
  return n < 0 ? `-${digits.padStart(5, '0')}` : digits.padStart(6, '0');
}

export const getAccountInfo = defineTool({
  name: 'get_account_info',
  description: 'The trading account: account_id, balance, currency and binding_card. Requires a logged-in user.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>) => {
    requireLogin(state);
    const account = firstAccount(state);
    if (!account) throw new ToolError('No account found for current user');
    return account;
  },
});

export const makeTransaction = defineTool({
  name: 'make_transaction',
  description:
    'Move cash in or out of the account: transaction_type "deposit" adds amount (> 0), "withdrawal" takes it out ' +
    '(refused while the market is closed or when the balance is short); any other type also takes the amount out, ' +
    'unchecked. Records a transaction TXN000001… and returns {status, new_balance, timestamp}. Requires a login.',
  input: z.object({ transaction_type: z.string(), amount: z.number() }),
  handler: (state: Draft<TradingState>, args) => {
    requireLogin(state);
    if (!(args.amount > 0)) throw new ToolError('Amount must be a positive number');
    const account = firstAccount(state);
    const withdrawal = args.transaction_type === 'withdrawal';
    if (!account || (withdrawal && (!state.market_open || account.balance < args.amount))) {
      throw new ToolError('Transaction failed - no account found, market closed for withdrawals, or insufficient funds');
    }
    if (args.transaction_type === 'deposit') account.balance += args.amount;
    else account.balance -= args.amount;
    state.transactions.push({
      transaction_id: `TXN${sixDigits(state.next_transaction_id)}`,
      type: args.transaction_type,
      amount: args.amount,
      timestamp: state.current_time,
    });
    state.next_transaction_id += 1;
    return { status: 'success', new_balance: account.balance, timestamp: state.current_time };
  },
});

export const getTransactionHistory = defineTool({
  name: 'get_transaction_history',
  description:
    'Deposits and withdrawals, oldest first, optionally from start_date and up to end_date (YYYY-MM-DD, whole day ' +
    'included; compared as text with the timestamps). Requires a logged-in user.',
  input: z.object({
    start_date: z.string().nullable().default(null),
    end_date: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<TradingState>, args) => {
    requireLogin(state);
    const { start_date: start, end_date: end } = args;
    const transactions = state.transactions.filter(
      (t) => !(start && compareCodePoints(t.timestamp, start) < 0) && !(end && compareCodePoints(t.timestamp, `${end} 23:59:59`) > 0),
    );
    return { transactions };
  },
});
