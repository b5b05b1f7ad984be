import { ToolError } from '@envfleet/kit';

/** Refuses a limit below 1, as the reference does before any lookup. */
export function checkLimit(limit: number | null): void {
  if (limit !== null && limit <= 0) throw new ToolError(`limit must be a positive integer (got ${limit}); leave it out to list everything`);
}

/** `items[:limit]` when a limit is given (it has passed checkLimit). */
export function firstUpTo<T>(items: readonly T[], limit: number | null): readonly T[] {
  return limit ? items.slice(0, limit) : items;
}
