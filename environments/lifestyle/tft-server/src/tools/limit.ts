import { ToolError } from '@envfleet/kit';

/**
 * `items[:limit]` for a positive limit. As in the reference, a negative limit is refused and 0 counts
 * as "no limit" (it is falsy there), so it returns everything.
 */
export function firstUpTo<T>(items: readonly T[], limit: number | null): readonly T[] {
  if (limit === null) return items;
  if (limit < 0) throw new ToolError(`limit must be a non-negative integer (got ${limit}); leave it out to list everything`);
  return limit === 0 ? items : items.slice(0, limit);
}
