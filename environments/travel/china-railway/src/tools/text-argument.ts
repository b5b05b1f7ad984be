import { ToolError } from '@envfleet/kit';

/** The reference's only check on every argument: present and not empty. */
export function requireText(value: string, what: string): void {
  if (!value) throw new ToolError(`${what} must be a non-empty string`);
}
