import { compareCodePoints, ToolError } from '@envfleet/kit';

// The leaderboard sorts by whatever `rank` the scenario stored, with Python's ordering: numbers (and
// booleans, which are 0 and 1 there) by value, strings by code point, lists element by element.
// Python refuses to order None, objects or two different kinds of value, and a sort of two or more
// entries compares across every kind present, so such a mix fails whatever the entries' order.

type Kind = 'number' | 'string' | 'list' | 'unorderable';

function kindOf(value: unknown): Kind {
  if (typeof value === 'number' || typeof value === 'boolean') return 'number';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'list';
  return 'unorderable';
}

function compare(a: unknown, b: unknown): number {
  const kind = kindOf(a);
  if (kind !== kindOf(b) || kind === 'unorderable') throw unorderable();
  if (kind === 'number') return Number(a) - Number(b);
  if (kind === 'string') return compareCodePoints(a as string, b as string);
  const left = a as unknown[];
  const right = b as unknown[];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = compare(left[index], right[index]);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

function unorderable(): ToolError {
  return new ToolError(
    'champion leaderboard ranks in champion_stats cannot be ordered: give every leaderboard a numeric (or every one a text) rank',
  );
}

/** A stable sort of `entries` by `rank`, ascending. */
export function byRank<T extends { rank: unknown }>(entries: T[]): T[] {
  if (entries.length < 2) return entries;
  const kinds = new Set(entries.map((entry) => kindOf(entry.rank)));
  if (kinds.size > 1 || kinds.has('unorderable')) throw unorderable();
  return [...entries].sort((x, y) => compare(x.rank, y.rank));
}
