import { ToolError } from '@envfleet/kit';

export function checkLimit(limit: number): void {
  if (limit < 1 || limit > 100) throw new ToolError('Limit must be between 1 and 100');
}
