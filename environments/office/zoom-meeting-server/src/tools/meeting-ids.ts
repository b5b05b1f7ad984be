import { hasEntry, parsePythonInt, ToolError } from '@envfleet/kit';
import type { Meeting, ZoomMeetingServerState } from '../scenario.js';

/** The meeting id a caller gives as text, read as Python's int() does (" 1_000 " is 1000). */
export function readMeetingId(meetingId: string): string {
  if (!meetingId) throw new ToolError('meeting_id must be a non-empty string: give the numeric meeting id, such as "1000"');
  const id = parsePythonInt(meetingId);
  if (id === undefined) throw new ToolError(`meeting_id "${meetingId}" is not a number: give the numeric meeting id, such as "1000"`);
  return id.toString();
}

/** The meeting stored under that id (its key in `meetings`). */
export function requireMeeting(state: ZoomMeetingServerState, meetingId: string): { key: string; meeting: Meeting } {
  const key = readMeetingId(meetingId);
  const meeting = hasEntry(state.meetings, key) ? state.meetings[key] : undefined;
  if (!meeting) throw new ToolError(`Meeting ${meetingId} not found: list_meetings shows a host's meetings`);
  return { key, meeting };
}
