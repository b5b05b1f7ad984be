import { anyInteger, defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';
import { checkDuration, checkStartTime } from './meeting-fields.js';
import { requireMeeting } from './meeting-ids.js';

export const updateMeeting = defineZoomMeetingServerTool({
  name: 'update_meeting',
  description:
    "Change a meeting's topic, start time (UTC ISO 8601, 2025-05-20T14:00:00Z) or duration (minutes, at least 1); " +
    'empty or 0 values leave that detail as it was. Returns {success: true}. Fails for an unknown meeting.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    meeting_id: z.string(),
    topic: defaultNull(z.string()),
    start_time: defaultNull(z.string()),
    duration: defaultNull(anyInteger()),
  }),
  handler: (state, args) => {
    const { meeting } = requireMeeting(state, args.meeting_id);
    if (args.topic) meeting.topic = args.topic;
    if (args.start_time) meeting.start_time = checkStartTime(args.start_time);
    if (args.duration) meeting.duration = checkDuration(args.duration);
    return { success: true };
  },
});
