import { parsePythonInt, pythonSlice } from '@envfleet/kit';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  hasMore: boolean;
}

/**
 * Paging over an ordered id list where the cursor is an id: the page starts just after the cursor's
 * first occurrence (from the top when the cursor is empty or not in the list), and the next cursor is
 * the last id of this page. `pageSize` is 1..100, checked by the caller.
 */
export function pageAfterId(ids: readonly string[], cursor: string | null, pageSize: number): Page<string> {
  const at = cursor ? ids.indexOf(cursor) : -1;
  const start = at + 1;
  const end = Math.min(start + pageSize, ids.length);
  const hasMore = end < ids.length;
  return { items: ids.slice(start, end), nextCursor: hasMore ? (ids[end - 1] ?? null) : null, hasMore };
}

/**
 * Paging where the cursor is a position: Python's int() of the cursor text (0 when it is empty or
 * not a whole number), which may be negative or huge — the page is then Python's slice
 * `items[start:start + pageSize]`, and the next cursor is that end position as text, whenever it
 * lies before the end of the list.
 */
export function pageAtOffset<T>(items: readonly T[], cursor: string | null, pageSize: number): Page<T> {
  // int() raises ValueError past 4300 digits too (parsePythonInt says undefined): the cursor reads as 0.
  const start = (cursor ? parsePythonInt(cursor) : undefined) ?? 0n;
  const length = BigInt(items.length);
  const reach = start + BigInt(pageSize);
  const end = reach < length ? reach : length;
  const hasMore = end < length;
  return { items: pythonSlice(items, toIndex(start), toIndex(end)), nextCursor: hasMore ? end.toString() : null, hasMore };
}

// Beyond ±2^53 every position clamps to the same end of the list, so a Number is exact enough.
function toIndex(position: bigint): number {
  const limit = 2n ** 53n;
  return Number(position > limit ? limit : position < -limit ? -limit : position);
}
