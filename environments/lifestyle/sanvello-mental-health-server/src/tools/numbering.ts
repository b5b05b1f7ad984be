import { hasEntry } from '@envfleet/kit';

/**
 * The id `<prefix><counter>` a new record gets, and the counter after it. Where a scenario's counter
 * points at an id already stored, the next free number is taken (the reference overwrote the record).
 */
export function claimId(records: Readonly<Record<string, unknown>>, prefix: string, counter: number): { id: string; next: number } {
  let n = counter;
  while (hasEntry(records, `${prefix}${n}`)) n += 1;
  return { id: `${prefix}${n}`, next: n + 1 };
}
