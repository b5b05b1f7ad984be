import { ToolError } from '@envfleet/kit';

/** The reference rejects an empty path (or source, destination, pattern) before doing anything. */
export function requireNonEmpty(value: string, label: string): void {
  if (!value) throw new ToolError(`${label} must be a non-empty string`);
}
