import { hasEntry } from '@envfleet/kit';

/**
 * `<prefix><n>` for a new record, n counting from the number of records already stored. The
 * reference uses exactly that number and, when a scenario leaves a gap (pi_1 missing, pi_2 present),
 * silently replaces the record that already has the id; here the next unused number is taken instead.
 */
export function nextId(prefix: string, records: Readonly<Record<string, unknown>>): string {
  let n = Object.keys(records).length + 1;
  while (hasEntry(records, `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
