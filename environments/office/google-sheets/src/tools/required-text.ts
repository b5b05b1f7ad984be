import { ToolError } from '@envfleet/kit';

/** The reference refuses an empty name or id before it looks anything up. */
export function requireText(value: string, argument: string): void {
  if (!value) throw new ToolError(`${argument} must be a non-empty string`);
}

/** Counts of rows or columns to add or delete start at 1. */
export function requirePositiveCount(count: number): void {
  if (count < 1) throw new ToolError(`count must be at least 1 (got ${count})`);
}

/** Row and column positions are 0-based. */
export function requireNonNegativeIndex(startIndex: number): void {
  if (startIndex < 0) throw new ToolError(`start_index must be non-negative (got ${startIndex}); rows and columns count from 0`);
}
