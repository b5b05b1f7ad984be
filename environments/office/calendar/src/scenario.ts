import { z } from 'zod';

// Same fields, constraints and default world as the reference's CalendarScenario.
// The reference's pattern engine reads \d as any Unicode decimal digit (Arabic-Indic digits included).
const ISO_DATETIME_PREFIX = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u;

export const calendarSchema = z.object({
  calendar_id: z.string().min(1),
  calendar_name: z.string().min(1),
  description: z.string().default(''),
  timezone: z.string().regex(/^[A-Za-z/_]+$/, 'timezone must look like "Area/City"'),
  is_primary: z.boolean().default(false),
});

export const eventSchema = z.object({
  event_id: z.string().min(1),
  summary: z.string().min(1),
  start_time: z.string().regex(ISO_DATETIME_PREFIX, 'start_time must be ISO 8601 (YYYY-MM-DDTHH:MM:SS…)'),
  end_time: z.string().regex(ISO_DATETIME_PREFIX, 'end_time must be ISO 8601 (YYYY-MM-DDTHH:MM:SS…)'),
  description: z.string().nullable().default(null),
  location: z.string().nullable().default(null),
  calendar_id: z.string().min(1),
  attendees: z.array(z.string()).nullable().default(null),
});

export const scenarioSchema = z.object({
  calendars: z.record(z.string(), calendarSchema).default(() => ({
    primary: {
      calendar_id: 'primary',
      calendar_name: 'My Calendar',
      description: 'Primary personal calendar',
      timezone: 'America/New_York',
      is_primary: true,
    },
    work: {
      calendar_id: 'work',
      calendar_name: 'Work Calendar',
      description: 'Work-related events',
      timezone: 'America/New_York',
      is_primary: false,
    },
  })),
  events: z.record(z.string(), eventSchema).default(() => ({
    event_1: {
      event_id: 'event_1',
      summary: 'Team Meeting',
      start_time: '2023-12-01T10:00:00Z',
      end_time: '2023-12-01T11:00:00Z',
      description: 'Weekly team sync',
      location: 'Conference Room A',
      calendar_id: 'primary',
      attendees: ['alice@example.com', 'bob@example.com'],
    },
    event_2: {
      event_id: 'event_2',
      summary: 'Project Review',
      start_time: '2023-12-02T14:00:00Z',
      end_time: '2023-12-02T15:30:00Z',
      description: 'Q4 project review',
      location: 'Virtual',
      calendar_id: 'work',
      attendees: ['charlie@example.com'],
    },
  })),
  default_calendar_id: z.string().min(1).default('primary'),
  event_id_counter: z.int().min(1).default(3),
});

export type CalendarState = z.output<typeof scenarioSchema>;
export type CalendarEvent = z.output<typeof eventSchema>;
