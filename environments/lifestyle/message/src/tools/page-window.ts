import { ToolError } from '@envfleet/kit';

/**
 * The [start, end) window of a listing page. Negative values were refused before this point; a
 * null limit or offset is accepted by the schema, but the reference then failed adding them up, so
 * it is refused here with a message instead.
 */
export function pageWindow(limit: number | null, offset: number | null): [number, number] {
  if (limit === null) throw new ToolError('limit must be a non-negative integer (leave it out for 50), not null');
  if (offset === null) throw new ToolError('offset must be a non-negative integer (leave it out for 0), not null');
  return [offset, offset + limit];
}

/** The reference's check on optional limit and offset: both must be at least 0 when given. */
export function checkPaging(limit: number | null, offset: number | null): void {
  if (limit !== null && limit < 0) throw new ToolError('Limit must be a non-negative integer');
  if (offset !== null && offset < 0) throw new ToolError('Offset must be a non-negative integer');
}
