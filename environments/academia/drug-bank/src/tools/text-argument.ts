import { ToolError } from '@envfleet/kit';

/** The reference's first check on every text argument: present and not empty. */
export function requireText(value: string, what: string): void {
  if (!value) throw new ToolError(`${what} must be a non-empty string`);
}
