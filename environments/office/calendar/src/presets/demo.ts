import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Event = {
  summary: string;
  start: string;
  end: string;
  calendar: string;
  description?: string;
  location?: string;
  attendees?: string[];
};

// A product manager's March 2025: work, personal and a shared family calendar, with back-to-back
// meetings, an all-day offsite, an event with no attendees and one whose location is a URL.
const events: Event[] = [
  {
    summary: 'Sprint planning',
    start: '2025-03-03T09:30:00Z',
    end: '2025-03-03T10:30:00Z',
    calendar: 'work',
    description: 'Plan sprint 14 with the platform team',
    location: 'Room Atlas',
    attendees: ['maya.chen@northwind.io', 'liam.ortiz@northwind.io', 'priya.rao@northwind.io'],
  },
  {
    summary: 'Design review: checkout flow',
    start: '2025-03-03T10:30:00Z',
    end: '2025-03-03T11:30:00Z',
    calendar: 'work',
    description: 'Review the new one-page checkout mockups',
    location: 'https://meet.northwind.io/checkout',
    attendees: ['sofia.berg@northwind.io'],
  },
  {
    summary: '1:1 with Maya',
    start: '2025-03-04T15:00:00Z',
    end: '2025-03-04T15:30:00Z',
    calendar: 'work',
    location: "Maya's office",
    attendees: ['maya.chen@northwind.io'],
  },
  {
    summary: 'Dentist',
    start: '2025-03-05T08:00:00Z',
    end: '2025-03-05T09:00:00Z',
    calendar: 'primary',
    description: 'Annual cleaning',
    location: 'Bright Smile Dental, 12 Elm St',
  },
  {
    summary: 'Quarterly business review',
    start: '2025-03-06T13:00:00Z',
    end: '2025-03-06T16:00:00Z',
    calendar: 'work',
    description: 'Q1 results and Q2 roadmap with leadership',
    location: 'Board room',
    attendees: ['ceo@northwind.io', 'cfo@northwind.io', 'maya.chen@northwind.io'],
  },
  {
    summary: 'Soccer practice (Leo)',
    start: '2025-03-07T17:30:00Z',
    end: '2025-03-07T19:00:00Z',
    calendar: 'family',
    location: 'Riverside Park field 3',
  },
  {
    summary: 'Team offsite',
    start: '2025-03-10T08:00:00Z',
    end: '2025-03-10T18:00:00Z',
    calendar: 'work',
    description: 'Full-day offsite: strategy and team building',
    location: 'Lakeside Lodge',
    attendees: ['maya.chen@northwind.io', 'liam.ortiz@northwind.io', 'priya.rao@northwind.io', 'sofia.berg@northwind.io'],
  },
  {
    summary: 'Yoga class',
    start: '2025-03-11T07:00:00Z',
    end: '2025-03-11T08:00:00Z',
    calendar: 'primary',
    description: 'Vinyasa flow',
    location: 'Studio Ananda',
  },
  {
    summary: 'Customer call: Globex',
    start: '2025-03-12T16:00:00Z',
    end: '2025-03-12T16:45:00Z',
    calendar: 'work',
    description: 'Renewal discussion and feature requests',
    location: 'https://meet.northwind.io/globex',
    attendees: ['jane.doe@globex.com', 'liam.ortiz@northwind.io'],
  },
  {
    summary: 'Parent-teacher conference',
    start: '2025-03-13T18:00:00Z',
    end: '2025-03-13T18:30:00Z',
    calendar: 'family',
    description: "Leo's mid-year review",
    location: 'Oak Hill Elementary, room 12',
    attendees: ['partner@example.com'],
  },
  {
    summary: 'Sprint retro',
    start: '2025-03-14T14:00:00Z',
    end: '2025-03-14T15:00:00Z',
    calendar: 'work',
    description: 'What went well, what to change',
    location: 'Room Atlas',
    attendees: ['maya.chen@northwind.io', 'liam.ortiz@northwind.io', 'priya.rao@northwind.io'],
  },
  {
    summary: 'Dinner with Sam & Alex',
    start: '2025-03-15T19:00:00Z',
    end: '2025-03-15T21:30:00Z',
    calendar: 'primary',
    location: 'Trattoria Roma',
    attendees: ['sam@example.com', 'alex@example.com'],
  },
  {
    summary: "Grandma's birthday",
    start: '2025-03-16T12:00:00Z',
    end: '2025-03-16T16:00:00Z',
    calendar: 'family',
    description: 'Lunch at her place, bring the cake',
    location: '48 Maple Avenue',
  },
  {
    summary: 'Hiring sync',
    start: '2025-03-17T11:00:00Z',
    end: '2025-03-17T11:30:00Z',
    calendar: 'work',
    description: 'Pipeline for the senior PM role',
    attendees: ['recruiting@northwind.io'],
  },
  {
    summary: 'Car service',
    start: '2025-03-18T08:30:00Z',
    end: '2025-03-18T10:00:00Z',
    calendar: 'primary',
    description: '30,000 mile service',
    location: 'Downtown Auto Care',
  },
  {
    summary: 'Roadmap review',
    start: '2025-03-19T10:00:00Z',
    end: '2025-03-19T11:00:00Z',
    calendar: 'work',
    description: 'Review Q2 roadmap drafts',
    location: 'https://meet.northwind.io/roadmap',
    attendees: ['maya.chen@northwind.io', 'ceo@northwind.io'],
  },
  {
    summary: 'Focus time',
    start: '2025-03-20T13:00:00Z',
    end: '2025-03-20T16:00:00Z',
    calendar: 'work',
    description: 'No meetings: write the PRD',
  },
  {
    summary: 'Spring break trip',
    start: '2025-03-22T06:00:00Z',
    end: '2025-03-29T20:00:00Z',
    calendar: 'family',
    description: 'Flight UA 1432 out, UA 1433 back',
    location: 'Lisbon',
    attendees: ['partner@example.com'],
  },
];

const calendarIds: Record<string, string> = { primary: 'primary', work: 'work', family: 'family' };

export const demo: z.input<typeof scenarioSchema> = {
  calendars: {
    primary: {
      calendar_id: 'primary',
      calendar_name: 'Personal',
      description: 'Appointments, fitness and friends',
      timezone: 'America/Chicago',
      is_primary: true,
    },
    work: {
      calendar_id: 'work',
      calendar_name: 'Northwind',
      description: 'Meetings and focus blocks at Northwind',
      timezone: 'America/Chicago',
      is_primary: false,
    },
    family: {
      calendar_id: 'family',
      calendar_name: 'Family',
      description: 'Shared with partner: school, kids, trips',
      timezone: 'America/Chicago',
      is_primary: false,
    },
  },
  events: Object.fromEntries(
    events.map((event, i) => {
      const id = `event_${i + 1}`;
      return [
        id,
        {
          event_id: id,
          summary: event.summary,
          start_time: event.start,
          end_time: event.end,
          description: event.description ?? null,
          location: event.location ?? null,
          calendar_id: calendarIds[event.calendar] ?? 'primary',
          attendees: event.attendees ?? null,
        },
      ];
    }),
  ),
  default_calendar_id: 'primary',
  event_id_counter: events.length + 1,
};
