import { ToolError } from '@envfleet/kit';

/** `items[:limit]` when a limit is given; the reference refuses limits below 1. */
export function firstUpTo<T>(items: readonly T[], limit: number | null): readonly T[] {
  if (limit === null) return items;
  if (limit < 1) throw new ToolError('Limit must be a positive integer');
  return items.slice(0, limit);
}
