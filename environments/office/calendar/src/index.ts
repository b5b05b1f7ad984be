import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createEvent } from './tools/create-event.js';
import { deleteEvent } from './tools/delete-event.js';
import { listCalendars } from './tools/list-calendars.js';
import { listEvents } from './tools/list-events.js';
import { searchEvents } from './tools/search-events.js';
import { updateEvent } from './tools/update-event.js';

export const calendar = defineEnvironment({
  name: 'Calendar',
  domain: 'office',
  version: '0.1.0',
  description: 'Personal and work calendars: list calendars, list and search events in a time window, create, update and delete events.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [listCalendars, listEvents, searchEvents, createEvent, updateEvent, deleteEvent],
});

export default calendar;
export { scenarioSchema };
export type { CalendarEvent, CalendarState } from './scenario.js';
