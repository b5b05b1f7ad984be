import { ToolError } from '@envfleet/kit';

/** The reference's first check on its id arguments: present and not empty. */
export function requireText(value: string, name: string): void {
  if (!value) throw new ToolError(`${name} must be a non-empty string`);
}
