import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CalendarState } from '../scenario.js';
import { byStartTime, withinWindow } from './time-window.js';

export const searchEvents = defineTool({
  name: 'search_events',
  description:
    'Find events whose title, description or location contains the query (case-insensitive), earliest first. ' +
    'Searches all calendars unless calendar_id is given; time_min/time_max bound the window as in list_events.',
  input: z.object({
    query: z.string(),
    calendar_id: z.string().nullable().default(null),
    time_min: z.string().nullable().default(null),
    time_max: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CalendarState>, args) => {
    if (!args.query) throw new ToolError('Query must be a non-empty string');
    const needle = args.query.toLowerCase();
    const contains = (text: string | null) => text?.toLowerCase().includes(needle) ?? false;
    return Object.values(state.events)
      .filter((event) => !args.calendar_id || event.calendar_id === args.calendar_id)
      .filter((event) => withinWindow(event, args.time_min, args.time_max))
      .filter((event) => contains(event.summary) || contains(event.description) || contains(event.location))
      .sort(byStartTime);
  },
});
