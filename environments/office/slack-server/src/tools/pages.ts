import { parsePythonInt, pythonSlice } from '@envfleet/kit';

/** Where a page starts: the cursor read as an integer; none, or one that is not a number, starts at 0. */
export function cursorStart(cursor: string | null): bigint {
  if (!cursor) return 0n;
  return parsePythonInt(cursor) ?? 0n;
}

/**
 * One page, `items[start:start + size]` with Python's slice rules (a negative cursor counts from the
 * end), and the cursor of the next page: start + size while that is short of the end, else "".
 */
export function page<T>(items: readonly T[], start: bigint, size: bigint): { page: T[]; next_cursor: string } {
  const stop = start + size;
  return {
    page: pythonSlice(items, Number(start), Number(stop)),
    next_cursor: stop < BigInt(items.length) ? stop.toString() : '',
  };
}
