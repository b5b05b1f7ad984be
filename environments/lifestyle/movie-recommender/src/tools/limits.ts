import { ToolError } from '@envfleet/kit';

/** The reference's result count: 5 when none is given, and a positive number otherwise. */
export function resultLimit(limit: number | null): number {
  if (limit !== null && limit <= 0) throw new ToolError('Limit must be a positive integer');
  return limit ?? 5;
}
