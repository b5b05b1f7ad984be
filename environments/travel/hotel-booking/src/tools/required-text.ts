import { ToolError } from '@envfleet/kit';

/** The reference refuses an empty id or date before anything else, naming what it wanted. */
export function requireText(value: string, what: string): void {
  if (!value) throw new ToolError(`${what} must be a non-empty string`);
}

export function requirePositive(value: number, what: string): void {
  if (value <= 0) throw new ToolError(`${what} must be a positive integer`);
}
