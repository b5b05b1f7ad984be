import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CalendarState } from '../scenario.js';

export const deleteEvent = defineTool({
  name: 'delete_event',
  description: 'Delete an event by id. Returns an empty object.',
  input: z.object({ event_id: z.string() }),
  annotations: { destructiveHint: true },
  handler: (state: Draft<CalendarState>, args) => {
    if (!args.event_id) throw new ToolError('Event ID must be a non-empty string');
    if (!Object.hasOwn(state.events, args.event_id)) throw new ToolError(`Event ${args.event_id} not found`);
    delete state.events[args.event_id];
    return {};
  },
});
