import { compareCodePoints, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { DailyRecord } from '../scenario.js';

/** The arguments every reader takes: an inclusive YYYYMMDD range and a ticker. */
export const rangeArgs = {
  fromdate: z.string(),
  todate: z.string(),
  ticker: z.string(),
};

export function checkRange(args: { fromdate: string; todate: string; ticker: string }): void {
  if (!args.fromdate) throw new ToolError('fromdate must be a non-empty string (YYYYMMDD)');
  if (!args.todate) throw new ToolError('todate must be a non-empty string (YYYYMMDD)');
  if (!args.ticker) throw new ToolError('ticker must be a non-empty string (6 digits, e.g. "005930")');
  if (compareCodePoints(args.fromdate, args.todate) > 0) {
    throw new ToolError(`fromdate ${args.fromdate} is after todate ${args.todate}: swap them`);
  }
}

/**
 * `{ticker, data}` with the ticker's records dated within [fromdate, todate]. Dates compare as text,
 * which orders YYYYMMDD strings by date; a record without a date never matches. An unknown ticker
 * gives an empty list.
 */
export function recordsInRange(
  series: Readonly<Record<string, readonly DailyRecord[]>>,
  args: { fromdate: string; todate: string; ticker: string },
) {
  const records = ownEntry(series, args.ticker) ?? [];
  const data = records.filter((record) => {
    const date = typeof record.date === 'string' ? record.date : '';
    return compareCodePoints(args.fromdate, date) <= 0 && compareCodePoints(date, args.todate) <= 0;
  });
  return { ticker: args.ticker, data };
}
