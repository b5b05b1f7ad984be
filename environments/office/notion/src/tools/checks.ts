import { ToolError } from '@envfleet/kit';

// Argument checks every tool shares: the reference refuses empty ids, empty lists and objects, and
// page sizes outside its bounds before looking anything up.

export function requireText(value: string, message: string): void {
  if (!value) throw new ToolError(message);
}

export function requireItems(value: readonly unknown[] | Record<string, unknown>, message: string): void {
  if (Object.keys(value).length === 0) throw new ToolError(message);
}

/** Page sizes of listings that cap at 100 (block children, database queries, search). */
export function requireBoundedPageSize(pageSize: number): void {
  if (pageSize < 1 || pageSize > 100) throw new ToolError(`Page size must be an integer between 1 and 100, got ${pageSize}`);
}

/** Page sizes of listings without an upper bound (users, comments). */
export function requirePositivePageSize(pageSize: number): void {
  if (pageSize < 1) throw new ToolError(`Page size must be a positive integer, got ${pageSize}`);
}
