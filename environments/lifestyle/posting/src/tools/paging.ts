import { ToolError } from '@envfleet/kit';

/** The reference's check on limit and offset, before anything else is looked at. */
export function checkPaging(limit: number, offset?: number): void {
  if (limit < 0) throw new ToolError('Limit must be non-negative');
  if (offset !== undefined && offset < 0) throw new ToolError('Offset must be non-negative');
}

/** A page of a list: `offset` items skipped, at most `limit` kept (both already checked). */
export function page<T>(items: readonly T[], limit: number, offset: number): T[] {
  return items.slice(offset, offset + limit);
}
