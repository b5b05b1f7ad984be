import { defaultNull, pythonStrptime, ToolError, wallClockSeconds } from '@envfleet/kit';
import { z } from 'zod';
import { transactionTimestamp } from '../clock.js';
import { TRANSACTION_HISTORY_EXTENSION } from '../long-context.js';
import { pythonItem, pythonNumber } from '../python.js';
import { defineTradingTool } from '../scenario.js';

export const getAccountInfo = defineTradingTool({
  name: 'get_account_info',
  description: "The account's id, balance and bound card. Needs a login (else {error}).",
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    if (!state.authenticated) return { error: 'User not authenticated. Please log in to view account information.' };
    return state.account_info;
  },
});

export const fundAccount = defineTradingTool({
  name: 'fund_account',
  description:
    'Deposit `amount` into the account and record the deposit (with a timestamp in the day after the market ' +
    "clock's now); answers the new balance. Needs a login and a positive amount (else {error}).",
  input: z.object({ amount: z.number() }),
  handler: (state, args) => {
    if (!state.authenticated) return { error: 'User not authenticated. Please log in to fund the account.' };
    if (args.amount <= 0) return { error: 'Funding amount must be positive.' };
    const balance = pythonNumber(pythonItem(state.account_info, 'balance'), 'balance');
    state.account_info.balance = balance + args.amount;
    state.transaction_history.push({ type: 'deposit', amount: args.amount, timestamp: transactionTimestamp(state) });
    return { status: 'Account funded successfully', new_balance: state.account_info.balance };
  },
});

export const withdrawFunds = defineTradingTool({
  name: 'withdraw_funds',
  description:
    'Withdraw `amount` from the account and record the withdrawal; answers the new balance. Needs a login, an ' +
    'open market, a positive amount and enough balance (else {error}).',
  input: z.object({ amount: z.number() }),
  handler: (state, args) => {
    if (!state.authenticated) return { error: 'User not authenticated. Please log in to make a transaction.' };
    if (state.market_status !== 'Open') return { error: 'Market is closed. Transactions are not allowed.' };
    if (args.amount <= 0) return { error: 'Transaction amount must be positive.' };
    const balance = pythonNumber(pythonItem(state.account_info, 'balance'), 'balance');
    if (args.amount > balance) return { error: 'Insufficient funds for withdrawal.' };
    state.account_info.balance = balance - args.amount;
    state.transaction_history.push({ type: 'withdrawal', amount: args.amount, timestamp: transactionTimestamp(state) });
    return { status: 'Withdrawal successful', new_balance: state.account_info.balance };
  },
});

function dateBound(text: string | null, fallback: number): number {
  if (!text) return fallback;
  const parsed = pythonStrptime(text, '%Y-%m-%d');
  if (!parsed.ok) throw new ToolError(`ValueError: ${parsed.reason}`);
  return wallClockSeconds(parsed.value);
}

export const getTransactionHistory = defineTradingTool({
  name: 'get_transaction_history',
  description:
    'Deposits and withdrawals whose timestamp lies between start_date and end_date (YYYY-MM-DD, each optional; ' +
    'end_date means its midnight, so that day is left out). Needs a login (else a one-item list with {error}). ' +
    'The long-context variant appends a thousand older transactions.',
  input: z.object({ start_date: defaultNull(z.string()), end_date: defaultNull(z.string()) }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!state.authenticated) return [{ error: 'User not authenticated. Please log in to view transaction history.' }];
    const start = dateBound(args.start_date, Number.NEGATIVE_INFINITY);
    const end = dateBound(args.end_date, Number.POSITIVE_INFINITY);
    const kept = state.transaction_history.filter((transaction) => {
      const stamp = pythonItem(transaction, 'timestamp');
      if (typeof stamp !== 'string') throw new ToolError('TypeError: strptime() argument 1 must be str');
      const parsed = pythonStrptime(stamp, '%Y-%m-%d %H:%M:%S');
      if (!parsed.ok) throw new ToolError(`ValueError: ${parsed.reason}`);
      const seconds = wallClockSeconds(parsed.value);
      return start <= seconds && seconds <= end;
    });
    return { transaction_history: state.long_context ? [...kept, ...TRANSACTION_HISTORY_EXTENSION] : kept };
  },
});
