import { ToolError } from '@envfleet/kit';

/** The reference refuses an empty string for every required name. */
export function requireText(value: string, argument: string, example: string): void {
  if (!value) throw new ToolError(`${argument} must be a non-empty string, e.g. "${example}"`);
}
