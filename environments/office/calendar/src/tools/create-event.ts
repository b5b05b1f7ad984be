import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type CalendarState, eventSchema } from '../scenario.js';

export const createEvent = defineTool({
  name: 'create_event',
  description:
    'Create an event in a calendar (the default calendar when calendar_id is omitted). start_time and end_time are ' +
    'ISO 8601 date-times such as 2024-05-01T09:00:00Z. Returns the event with its new id (event_<n>).',
  input: z.object({
    summary: z.string(),
    start_time: z.string(),
    end_time: z.string(),
    calendar_id: z.string().nullable().default(null),
    description: z.string().nullable().default(null),
    location: z.string().nullable().default(null),
    attendees: z.array(z.string()).nullable().default(null),
    // Accepted for compatibility; events store times as given, so it has no effect.
    timezone: z.string().nullable().default(null),
  }),
  handler: (state: Draft<CalendarState>, args) => {
    if (!args.summary) throw new ToolError('Summary must be a non-empty string');
    if (!args.start_time) throw new ToolError('Start time must be a non-empty string');
    if (!args.end_time) throw new ToolError('End time must be a non-empty string');
    const calendarId = args.calendar_id ?? state.default_calendar_id;
    if (!Object.hasOwn(state.calendars, calendarId)) throw new ToolError(`Calendar ${calendarId} not found`);

    const eventId = `event_${state.event_id_counter}`;
    const candidate = eventSchema.safeParse({
      event_id: eventId,
      summary: args.summary,
      start_time: args.start_time,
      end_time: args.end_time,
      description: args.description,
      location: args.location,
      calendar_id: calendarId,
      attendees: args.attendees,
    });
    if (!candidate.success) throw new ToolError(candidate.error.issues.map((issue) => issue.message).join('; '));
    state.event_id_counter += 1;
    state.events[eventId] = candidate.data;
    return candidate.data;
  },
});
