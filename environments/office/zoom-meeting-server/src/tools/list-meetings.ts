import { anyInteger, defaultNull, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';

export const listMeetings = defineZoomMeetingServerTool({
  name: 'list_meetings',
  description:
    'Meetings hosted by user_id, in the order they were stored: {meetings: [{meeting_id, topic, start_time}]}. ' +
    'page_size keeps the first that many (0 or none: all; negative: all but that many from the end). type is ' +
    'accepted and does not filter, as in the reference.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    type: defaultNull(z.string()),
    page_size: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.user_id) throw new ToolError("user_id must be a non-empty string: the host's Zoom user id");
    const hosted = Object.values(state.meetings).filter((meeting) => meeting.user_id === args.user_id);
    const shown = args.page_size ? pythonSlice(hosted, null, args.page_size) : hosted;
    return {
      meetings: shown.map((meeting) => ({ meeting_id: meeting.meeting_id, topic: meeting.topic, start_time: meeting.start_time })),
    };
  },
});
