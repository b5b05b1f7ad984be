import { ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Every price tool takes the (pid, pos) pair that get_pid_pos_details returns. pos is only echoed
// back: the data is keyed by pid alone, and an unknown pid simply has no data.
export const productRef = { pid: z.string(), pos: anyInteger() };

export function checkProductRef(pid: string, pos: number): void {
  if (!pid) throw new ToolError('PID must be a non-empty string');
  if (pos < 0) throw new ToolError('POS must be a non-negative integer');
}

export function entriesFor<T>(map: Record<string, T[]>, pid: string): T[] {
  return Object.hasOwn(map, pid) ? (map[pid] as T[]) : [];
}
