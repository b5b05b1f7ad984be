import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';
import { requireMeeting } from './meeting-ids.js';

export const getMeeting = defineZoomMeetingServerTool({
  name: 'get_meeting',
  description:
    'One meeting by its numeric id (given as text): {meeting_id, topic, start_time, duration, join_url}. Fails ' +
    'when the id is empty, not a number, or no meeting has it.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    meeting_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const { meeting } = requireMeeting(state, args.meeting_id);
    return {
      meeting_id: meeting.meeting_id,
      topic: meeting.topic,
      start_time: meeting.start_time,
      duration: meeting.duration,
      join_url: meeting.join_url,
    };
  },
});
