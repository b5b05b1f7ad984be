import { describe, expect, it } from 'vitest';
import { zoomMeetingServer as zoom } from '../src/index.js';

const demo = () => zoom.loadPreset('demo');
const MARIA = 'maria.chen@northwind.io';
const JONAS = 'jonas.weber@northwind.io';

function content<T>(name: string, args: Record<string, unknown>, state = demo()): T {
  const outcome = zoom.call(state, name, args);
  expect(outcome.isError).toBe(false);
  return outcome.content as T;
}

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, state = demo()) {
  const outcome = zoom.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

const meetingIds = (args: Record<string, unknown>, state = demo()) =>
  content<{ meetings: { meeting_id: number }[] }>('list_meetings', args, state).meetings.map((m) => m.meeting_id);

describe('meetings', () => {
  it('creates a meeting under the counter id with URLs and a default passcode', () => {
    const outcome = zoom.call(demo(), 'create_meeting', {
      user_id: MARIA,
      topic: 'Sprint retro',
      start_time: '2025-05-23T15:00:00Z',
      duration: '60',
      password: '',
    });
    expect(outcome.content).toEqual({
      meeting_id: 1006,
      join_url: 'https://zoom.us/j/1006',
      start_url: 'https://zoom.us/s/1006',
      password: 'pass1006',
    });
    expect(outcome.state.next_meeting_id).toBe(1007);
    expect(outcome.state.meetings['1006']).toMatchObject({ user_id: MARIA, duration: 60, timezone: null });
    expect(content('create_meeting', { user_id: 'u', topic: 't' }, zoom.load({}))).toMatchObject({ meeting_id: 1000 });
  });

  it('refuses an empty host or topic, a malformed start time and a duration under a minute', () => {
    expectFailure('create_meeting', { user_id: '', topic: 't' }, /user_id must be a non-empty string/);
    expectFailure('create_meeting', { user_id: 'u', topic: '' }, /topic must be a non-empty string/);
    expectFailure('create_meeting', { user_id: 'u', topic: 't', start_time: '2025-05-23T15:00:00' }, /must be UTC ISO 8601/);
    expectFailure('create_meeting', { user_id: 'u', topic: 't', duration: 0 }, /duration must be at least 1 minute/);
  });

  it('moves past a meeting id the scenario already holds instead of replacing it', () => {
    const state = demo();
    const outcome = zoom.call({ ...state, next_meeting_id: 1004 }, 'create_meeting', { user_id: 'u', topic: 't' });
    expect((outcome.content as { meeting_id: number }).meeting_id).toBe(1006);
    expect(outcome.state.meetings['1004']?.topic).toBe('May all-hands');
  });

  it('reads a meeting by an id written as Python int() reads it', () => {
    const expected = {
      meeting_id: 1004,
      topic: 'May all-hands',
      start_time: '2025-05-12T16:00:00Z',
      duration: 60,
      join_url: 'https://zoom.us/j/1004',
    };
    expect(content('get_meeting', { meeting_id: '1004' })).toEqual(expected);
    expect(content('get_meeting', { meeting_id: ' 1_004 ' })).toEqual(expected);
    expectFailure('get_meeting', { meeting_id: '1006' }, /Meeting 1006 not found/);
    expectFailure('get_meeting', { meeting_id: 'abc' }, /meeting_id "abc" is not a number/);
    expectFailure('get_meeting', { meeting_id: '' }, /meeting_id must be a non-empty string/);
  });

  it("lists a host's meetings, page_size sliced like Python, type ignored", () => {
    expect(meetingIds({ user_id: MARIA })).toEqual([1000, 1001, 1002]);
    expect(meetingIds({ user_id: MARIA, page_size: 2, type: 'live' })).toEqual([1000, 1001]);
    expect(meetingIds({ user_id: MARIA, page_size: -1 })).toEqual([1000, 1001]);
    expect(meetingIds({ user_id: MARIA, page_size: 0 })).toEqual([1000, 1001, 1002]);
    expect(meetingIds({ user_id: 'nobody' })).toEqual([]);
    expectFailure('list_meetings', { user_id: '' }, /user_id must be a non-empty string/);
  });

  it('updates only the details given, and refuses values the meeting cannot hold', () => {
    const outcome = zoom.call(demo(), 'update_meeting', { meeting_id: '1001', topic: 'Q3 planning (moved)', start_time: '', duration: 0 });
    expect(outcome.content).toEqual({ success: true });
    expect(outcome.state.meetings['1001']).toMatchObject({
      topic: 'Q3 planning (moved)',
      start_time: '2025-05-20T14:00:00Z',
      duration: 90,
    });
    const moved = zoom.call(demo(), 'update_meeting', { meeting_id: '1002', start_time: '2025-05-21T08:30:00Z', duration: 25 });
    expect(moved.state.meetings['1002']).toMatchObject({ start_time: '2025-05-21T08:30:00Z', duration: 25 });
    expectFailure('update_meeting', { meeting_id: '1001', start_time: 'tomorrow' }, /start_time "tomorrow" must be UTC ISO 8601/);
    expectFailure('update_meeting', { meeting_id: '1001', duration: -5 }, /duration must be at least 1 minute/);
    expectFailure('update_meeting', { meeting_id: '404', topic: 'x' }, /Meeting 404 not found/);
  });

  it('deletes a meeting; its recordings stay but drop out of the list', () => {
    const outcome = zoom.call(demo(), 'delete_meeting', { meeting_id: '1004', cancel_meeting_reminder: true });
    expect(outcome.content).toEqual({ success: true });
    expect(outcome.state.meetings['1004']).toBeUndefined();
    expect(content('list_recordings', { user_id: JONAS }, outcome.state)).toEqual({ recordings: [] });
    expect(content<{ recording_files: unknown[] }>('get_recording', { meeting_id: '1004' }, outcome.state).recording_files).toHaveLength(3);
    expectFailure('delete_meeting', { meeting_id: '1004' }, /Meeting 1004 not found/, outcome.state);
  });
});

describe('recordings', () => {
  it("lists the recordings of a host's meetings; the dates do not filter", () => {
    const listed = content<{ recordings: { recording_id: string }[] }>('list_recordings', {
      user_id: JONAS,
      from_date: '2030-01-01',
      page_size: 5,
    });
    expect(listed.recordings.map((r) => r.recording_id)).toEqual(['rec_allhands_1', 'rec_allhands_2']);
    expect(content('list_recordings', { user_id: MARIA, page_size: -1 })).toEqual({ recordings: [] });
    expectFailure('list_recordings', { user_id: '' }, /user_id must be a non-empty string/);
  });

  it("gives the first recording's files, also of a deleted meeting, and none for a meeting without", () => {
    const files = content<{ recording_files: { file_id: string; file_size: number }[] }>('get_recording', { meeting_id: '1004' });
    expect(files.recording_files.map((f) => f.file_id)).toEqual(['rec_allhands_1-f1', 'rec_allhands_1-f2', 'rec_allhands_1-f3']);
    expect(files.recording_files[0]).toEqual({
      file_id: 'rec_allhands_1-f1',
      file_type: 'MP4',
      file_size: 412_338_176,
      play_url: 'https://zoom.us/rec/play/rec_allhands_1-f1',
      download_url: 'https://zoom.us/rec/download/rec_allhands_1-f1',
    });
    expect(content('get_recording', { meeting_id: '999' })).toEqual({ recording_files: [] });
    expect(content('get_recording', { meeting_id: '1001' })).toEqual({ recording_files: [] });
    expectFailure('get_recording', { meeting_id: 'x' }, /meeting_id "x" is not a number/);
  });

  it('deletes every recording of a meeting, and succeeds when there is none', () => {
    const outcome = zoom.call(demo(), 'delete_recording', { meeting_id: '1004', action: 'trash' });
    expect(outcome.content).toEqual({ success: true });
    expect(Object.keys(outcome.state.recordings)).toEqual(['rec_standup_0512', 'rec_offsite']);
    expect(content('delete_recording', { meeting_id: '31337' })).toEqual({ success: true });
    expectFailure('delete_recording', { meeting_id: '' }, /meeting_id must be a non-empty string/);
  });
});
