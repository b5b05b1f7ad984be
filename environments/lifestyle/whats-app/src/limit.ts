import { ToolError } from '@envfleet/kit';

/**
 * The first `limit` items, as the reference pages its lists: no limit (null) and 0 both mean
 * everything; a negative limit is refused.
 */
export function firstItems<T>(items: T[], limit: number | null): T[] {
  if (limit === null) return items;
  if (limit < 0) throw new ToolError(`Limit must be a non-negative integer (got ${limit}); omit it or pass 0 for everything`);
  return limit === 0 ? items : items.slice(0, limit);
}
