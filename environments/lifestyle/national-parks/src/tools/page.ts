import { ToolError } from '@envfleet/kit';

/** Every list tool pages with limit ≥ 1 and start ≥ 0, checked before anything is searched. */
export function checkPaging(limit: number, start: number): void {
  if (limit < 1) throw new ToolError(`limit must be at least 1 (got ${limit})`);
  if (start < 0) throw new ToolError(`start must be non-negative (got ${start})`);
}

/** `items[start:start + limit]` for the non-negative bounds checkPaging lets through. */
export function page<T>(items: readonly T[], limit: number, start: number): T[] {
  return items.slice(start, start + limit);
}
