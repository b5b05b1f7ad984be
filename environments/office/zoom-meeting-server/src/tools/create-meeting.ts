import { anyInteger, defaultNull, hasEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';
import { checkDuration, checkStartTime } from './meeting-fields.js';

export const createMeeting = defineZoomMeetingServerTool({
  name: 'create_meeting',
  description:
    'Schedule a meeting hosted by user_id. It gets the next meeting id from the counter (1000 in an empty ' +
    'account), join and start URLs, and the given passcode or "pass<id>". start_time is UTC ISO 8601 ' +
    '(2025-05-20T14:00:00Z) and duration at least 1 minute when given. Returns {meeting_id, join_url, start_url, password}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    topic: z.string(),
    start_time: defaultNull(z.string()),
    duration: defaultNull(anyInteger()),
    timezone: defaultNull(z.string()),
    password: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    if (!args.user_id) throw new ToolError("user_id must be a non-empty string: the host's Zoom user id");
    if (!args.topic) throw new ToolError('topic must be a non-empty string: the meeting title');
    const startTime = args.start_time === null ? null : checkStartTime(args.start_time);
    const duration = args.duration === null ? null : checkDuration(args.duration);
    // Where a scenario's counter points at a meeting that exists, move on rather than replace it.
    let id = state.next_meeting_id;
    while (hasEntry(state.meetings, String(id))) id += 1;
    state.next_meeting_id = id + 1;
    const meeting = {
      meeting_id: id,
      user_id: args.user_id,
      topic: args.topic,
      start_time: startTime,
      duration,
      timezone: args.timezone,
      password: args.password || `pass${id}`,
      join_url: `https://zoom.us/j/${id}`,
      start_url: `https://zoom.us/s/${id}`,
    };
    state.meetings[String(id)] = meeting;
    return { meeting_id: id, join_url: meeting.join_url, start_url: meeting.start_url, password: meeting.password };
  },
});
