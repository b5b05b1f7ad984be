import type { CalendarEvent } from '../scenario.js';

// The reference compares ISO timestamps as strings: an event is inside [time_min, time_max] when it
// starts at or after time_min and ends at or before time_max. An empty bound is no bound.
export function withinWindow(event: CalendarEvent, timeMin: string | null, timeMax: string | null): boolean {
  if (timeMin && event.start_time < timeMin) return false;
  if (timeMax && event.end_time > timeMax) return false;
  return true;
}

export function byStartTime(a: CalendarEvent, b: CalendarEvent): number {
  return a.start_time < b.start_time ? -1 : a.start_time > b.start_time ? 1 : 0;
}
