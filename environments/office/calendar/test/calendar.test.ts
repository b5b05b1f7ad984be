import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { calendar } from '../src/index.js';

describe('Calendar', () => {
  it('loads the reference default world from {}', () => {
    const state = calendar.load({});
    expect(Object.keys(state.calendars)).toEqual(['primary', 'work']);
    expect(Object.keys(state.events)).toEqual(['event_1', 'event_2']);
    expect(state.event_id_counter).toBe(3);
  });

  it('lists the default calendar when calendar_id is omitted, and nothing for an unknown one', () => {
    const { outcomes } = runCalls(calendar, {}, [
      ['list_events', {}],
      ['list_events', { calendar_id: 'work' }],
      ['list_events', { calendar_id: 'holidays' }],
    ]);
    expect(outcomes.map((o) => (o.content as { event_id: string }[]).map((e) => e.event_id))).toEqual([['event_1'], ['event_2'], []]);
  });

  it('filters by time window on start (>= time_min) and end (<= time_max), sorted by start', () => {
    const { outcomes } = runCalls(calendar, calendar.presets.demo, [
      ['list_events', { calendar_id: 'work', time_min: '2025-03-06T00:00:00Z', time_max: '2025-03-12T23:59:59Z' }],
      ['list_events', { calendar_id: 'work', time_min: '2025-03-03T10:00:00Z', max_results: 1 }],
    ]);
    expect((outcomes[0]?.content as { summary: string }[]).map((e) => e.summary)).toEqual([
      'Quarterly business review',
      'Team offsite',
      'Customer call: Globex',
    ]);
    expect((outcomes[1]?.content as { summary: string }[]).map((e) => e.summary)).toEqual(['Design review: checkout flow']);
  });

  it('rejects a non-positive max_results without changing anything', () => {
    const before = calendar.load({});
    const outcome = calendar.call(before, 'list_events', { max_results: 0 });
    expect(outcome).toMatchObject({ isError: true, content: { message: 'max_results must be a positive integer if provided' } });
    expect(outcome.state).toBe(before);
  });

  it('searches title, description and location case-insensitively across calendars', () => {
    const { outcomes } = runCalls(calendar, {}, [
      ['search_events', { query: 'VIRTUAL' }],
      ['search_events', { query: 'sync' }],
      ['search_events', { query: '' }],
    ]);
    expect((outcomes[0]?.content as { event_id: string }[]).map((e) => e.event_id)).toEqual(['event_2']);
    expect((outcomes[1]?.content as { event_id: string }[]).map((e) => e.event_id)).toEqual(['event_1']);
    expect(outcomes[2]).toMatchObject({ isError: true, content: { message: 'Query must be a non-empty string' } });
  });

  it('creates events with counter ids in the default calendar', () => {
    const { outcomes, state } = runCalls(calendar, {}, [
      [
        'create_event',
        { summary: 'Lunch', start_time: '2024-01-05T12:00:00Z', end_time: '2024-01-05T13:00:00Z', attendees: '["kim@example.com"]' },
      ],
    ]);
    expect(outcomes[0]?.content).toEqual({
      event_id: 'event_3',
      summary: 'Lunch',
      start_time: '2024-01-05T12:00:00Z',
      end_time: '2024-01-05T13:00:00Z',
      description: null,
      location: null,
      calendar_id: 'primary',
      attendees: ['kim@example.com'],
    });
    expect(state.event_id_counter).toBe(4);
  });

  it('refuses an unknown calendar or a malformed time and leaves the counter alone', () => {
    const before = calendar.load({});
    const unknown = calendar.call(before, 'create_event', {
      summary: 'x',
      start_time: '2024-01-01T10:00:00Z',
      end_time: '2024-01-01T11:00:00Z',
      calendar_id: 'nope',
    });
    expect(unknown).toMatchObject({ isError: true, content: { message: 'Calendar nope not found' } });
    expect(unknown.state).toBe(before);
    const malformed = calendar.call(before, 'create_event', { summary: 'x', start_time: 'tomorrow', end_time: '2024-01-01T11:00:00Z' });
    expect(malformed.isError).toBe(true);
    expect((malformed.content as { message: string }).message).toMatch(/start_time/);
    expect(malformed.state).toBe(before);
  });

  it('updates only the given fields and deletes by id', () => {
    const { outcomes, state } = runCalls(calendar, {}, [
      ['update_event', { event_id: 'event_1', location: 'Room B' }],
      ['update_event', { event_id: 'event_9', summary: 'x' }],
      ['delete_event', { event_id: 'event_2' }],
      ['delete_event', { event_id: 'event_2' }],
    ]);
    expect(outcomes[0]?.content).toMatchObject({ event_id: 'event_1', summary: 'Team Meeting', location: 'Room B' });
    expect(outcomes[1]).toMatchObject({ isError: true, content: { message: 'Event event_9 not found' } });
    expect(outcomes[2]?.content).toEqual({});
    expect(outcomes[3]).toMatchObject({ isError: true, content: { message: 'Event event_2 not found' } });
    expect(Object.keys(state.events)).toEqual(['event_1']);
  });
  describe('fidelity to the reference (fuzzing round)', () => {
    const event = (id: string, start: string, calendarId = 'primary') => ({
      event_id: id,
      summary: `event ${id}`,
      start_time: start,
      end_time: '2024-01-01T12:00:00Z',
      calendar_id: calendarId,
    });

    it('compares and sorts times as Python strings (code points), even beyond the BMP', () => {
      const scenario = {
        events: { emoji: event('emoji', '2024-01-01T10:00:00\u{1F600}'), wide: event('wide', '2024-01-01T10:00:00\uFF21') },
      };
      const { outcomes } = runCalls(calendar, scenario, [
        ['list_events', {}],
        ['list_events', { time_min: '2024-01-01T10:00:00\u{1F600}' }],
        ['search_events', { query: 'event', time_min: '2024-01-01T10:00:00\uFF00' }],
      ]);
      const ids = (i: number) => (outcomes[i]?.content as { event_id: string }[]).map((e) => e.event_id);
      expect(ids(0)).toEqual(['wide', 'emoji']);
      expect(ids(1)).toEqual(['emoji']);
      expect(ids(2)).toEqual(['wide', 'emoji']);
    });

    it('takes any Unicode decimal digits in ISO times, as the reference pattern does', () => {
      const { outcomes } = runCalls(calendar, {}, [
        ['create_event', { summary: 'x', start_time: '٢٠٢٤-٠١-٠١T١٠:٠٠:٠٠', end_time: '2024-01-01T11:00:00' }],
      ]);
      expect(outcomes[0]).toMatchObject({ isError: false, content: { event_id: 'event_3', start_time: '٢٠٢٤-٠١-٠١T١٠:٠٠:٠٠' } });
    });

    it('accepts a max_results beyond 2^53 as a valid integer', () => {
      const outcome = calendar.call(calendar.load({}), 'list_events', { max_results: 1e20 });
      expect(outcome.isError).toBe(false);
      expect(outcome.content).toHaveLength(1);
    });

    it('reads scenario booleans and integers leniently, like pydantic', () => {
      const state = calendar.load({
        event_id_counter: '5',
        calendars: { primary: { calendar_id: 'primary', calendar_name: 'P', timezone: 'UTC', is_primary: 'yes' } },
      });
      expect(state.event_id_counter).toBe(5);
      expect(state.calendars.primary?.is_primary).toBe(true);
      expect(() => calendar.load({ event_id_counter: '2.5' })).toThrow(/event_id_counter/);
    });

    it('keeps lowercase final-sigma rules as Python does when searching', () => {
      const scenario = { events: { e: { ...event('e', '2024-01-01T10:00:00'), summary: 'ΟΔΟΣ meeting' } } };
      const { outcomes } = runCalls(calendar, scenario, [
        ['search_events', { query: 'ος' }],
        ['search_events', { query: 'οσ' }],
      ]);
      expect(outcomes.map((o) => (o.content as unknown[]).length)).toEqual([1, 0]);
    });
  });
});
