import { compareCodePoints } from '@envfleet/kit';
import type { CalendarEvent } from '../scenario.js';

// The reference compares ISO timestamps as Python strings (code point by code point, which differs
// from JavaScript's UTF-16 order for characters beyond the BMP): an event is inside
// [time_min, time_max] when it starts at or after time_min and ends at or before time_max. An empty
// bound is no bound.
export function withinWindow(event: CalendarEvent, timeMin: string | null, timeMax: string | null): boolean {
  if (timeMin && compareCodePoints(event.start_time, timeMin) < 0) return false;
  if (timeMax && compareCodePoints(event.end_time, timeMax) > 0) return false;
  return true;
}

export function byStartTime(a: CalendarEvent, b: CalendarEvent): number {
  return compareCodePoints(a.start_time, b.start_time);
}
