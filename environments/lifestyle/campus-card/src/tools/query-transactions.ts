import { ownEntry, pythonStrptime, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { findAccount, requireUserId } from '../account.js';
import { defineCampusCardTool } from '../scenario.js';

/** The calendar day of `text` as a comparable number (YYYYMMDD), or undefined if it does not fit `format`. */
function dayOf(text: string, format: string): number | undefined {
  const parsed = pythonStrptime(text, format);
  if (!parsed.ok) return undefined;
  const { year, month, day } = parsed.value;
  return year * 10000 + month * 100 + day;
}

function boundDay(text: string, name: 'startDate' | 'endDate'): number {
  const day = dayOf(text, '%Y-%m-%d');
  if (day === undefined) throw new ToolError(`${name} ${JSON.stringify(text)} is not a valid date: use YYYY-MM-DD, e.g. 2024-03-15`);
  return day;
}

export const queryTransactions = defineCampusCardTool({
  name: 'query_transactions',
  description:
    "A campus card's transactions (expenses negative, recharges positive, each with the balance after it) in " +
    'stored order, optionally only those dated from startDate and/or up to endDate (YYYY-MM-DD, both inclusive). ' +
    'Fails for an empty or unknown userId, or a date that is not YYYY-MM-DD when there are transactions to filter.',
  input: z.object({
    userId: z.string(),
    startDate: z.string().nullable().default(null),
    endDate: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireUserId(args.userId);
    findAccount(state, args.userId);
    const history = ownEntry(state.transactions, args.userId) ?? [];
    const { startDate, endDate } = args;
    if (!startDate && !endDate) return { transactions: history };
    // Like the reference, the bounds are read per transaction: with no transaction, no bound is checked.
    const transactions = history.filter((transaction) => {
      const day = dayOf(transaction.date, '%Y-%m-%d %H:%M:%S');
      if (day === undefined) {
        throw new ToolError(
          `Transaction ${transaction.tradeId} is dated ${JSON.stringify(transaction.date)}, which is no real time: fix its date in the scenario`,
        );
      }
      if (startDate && day < boundDay(startDate, 'startDate')) return false;
      if (endDate && day > boundDay(endDate, 'endDate')) return false;
      return true;
    });
    return { transactions };
  },
});
