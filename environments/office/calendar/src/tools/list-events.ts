import { defineTool, type Draft, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { CalendarState } from '../scenario.js';
import { byStartTime, withinWindow } from './time-window.js';

export const listEvents = defineTool({
  name: 'list_events',
  description:
    'List the events of one calendar (the default calendar when calendar_id is omitted), earliest first. ' +
    'time_min keeps events starting at or after it, time_max keeps events ending at or before it (ISO 8601); ' +
    'max_results caps the count. An unknown calendar simply has no events.',
  input: z.object({
    calendar_id: z.string().nullable().default(null),
    time_min: z.string().nullable().default(null),
    time_max: z.string().nullable().default(null),
    max_results: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CalendarState>, args) => {
    if (args.max_results !== null && args.max_results <= 0) {
      throw new ToolError('max_results must be a positive integer if provided');
    }
    const calendarId = args.calendar_id ?? state.default_calendar_id;
    const events = Object.values(state.events)
      .filter((event) => event.calendar_id === calendarId && withinWindow(event, args.time_min, args.time_max))
      .sort(byStartTime);
    return args.max_results === null ? events : events.slice(0, args.max_results);
  },
});
