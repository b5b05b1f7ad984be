import { ownEntry, ToolError } from '@envfleet/kit';

/**
 * The record stored under a caller's key, after the checks every lookup tool shares: the key
 * (`argument` names it) must be non-empty, and known (`notFound` is the message otherwise).
 */
export function lookUp<R>(records: Readonly<Record<string, R>>, key: string, argument: string, notFound: string): R {
  if (!key) throw new ToolError(`${argument} must be a non-empty string`);
  const record = ownEntry(records, key);
  if (record === undefined) throw new ToolError(notFound);
  return record;
}
