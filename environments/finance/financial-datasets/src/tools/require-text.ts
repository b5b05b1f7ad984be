import { ToolError } from '@envfleet/kit';

/** The reference refuses an empty symbol or ticker before looking anything up. */
export function requireText(value: string, label: string, argument: string): void {
  if (!value) throw new ToolError(`${label} must be a non-empty string: pass "${argument}"`);
}
