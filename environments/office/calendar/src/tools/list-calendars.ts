import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { CalendarState } from '../scenario.js';

export const listCalendars = defineTool({
  name: 'list_calendars',
  description: 'List every calendar the user has, with its id, name, description, timezone and whether it is the primary one.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CalendarState>) => Object.values(state.calendars),
});
