import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CalendarState } from '../scenario.js';

export const updateEvent = defineTool({
  name: 'update_event',
  description:
    'Change an existing event. Only the fields you pass are changed; attendees, when given, replaces the whole list. ' +
    'Returns the updated event.',
  input: z.object({
    event_id: z.string(),
    summary: z.string().nullable().default(null),
    start_time: z.string().nullable().default(null),
    end_time: z.string().nullable().default(null),
    description: z.string().nullable().default(null),
    location: z.string().nullable().default(null),
    attendees: z.array(z.string()).nullable().default(null),
  }),
  handler: (state: Draft<CalendarState>, args) => {
    if (!args.event_id) throw new ToolError('Event ID must be a non-empty string');
    const event = state.events[args.event_id];
    if (!event) throw new ToolError(`Event ${args.event_id} not found`);
    // Like the reference, an update assigns fields without re-validating the event.
    if (args.summary !== null) event.summary = args.summary;
    if (args.start_time !== null) event.start_time = args.start_time;
    if (args.end_time !== null) event.end_time = args.end_time;
    if (args.description !== null) event.description = args.description;
    if (args.location !== null) event.location = args.location;
    if (args.attendees !== null) event.attendees = args.attendees;
    return event;
  },
});
