import { ToolError } from '@envfleet/kit';
import { START_TIME } from '../scenario.js';

// A meeting's start time and duration keep the shape the scenario requires, so that the saved state
// always loads again.

export function checkStartTime(startTime: string): string {
  if (!START_TIME.test(startTime)) {
    throw new ToolError(`start_time "${startTime}" must be UTC ISO 8601 like 2025-05-20T14:00:00Z`);
  }
  return startTime;
}

export function checkDuration(duration: number): number {
  if (duration < 1) throw new ToolError(`duration must be at least 1 minute, got ${duration}`);
  if (!Number.isSafeInteger(duration)) throw new ToolError(`duration ${duration} is too large: give minutes`);
  return duration;
}
