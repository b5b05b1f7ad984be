import { anyInteger, defaultNull, hasEntry, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';

export const listRecordings = defineZoomMeetingServerTool({
  name: 'list_recordings',
  description:
    'Cloud recordings of the meetings user_id hosts (a recording whose meeting was deleted is not shown): ' +
    '{recordings: [{recording_id, meeting_id, topic, start_time, duration}]}. page_size keeps the first that ' +
    'many (Python slice rules). from_date and to_date are accepted and, as in the reference, do not filter.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    user_id: z.string(),
    from_date: defaultNull(z.string()),
    to_date: defaultNull(z.string()),
    page_size: defaultNull(anyInteger()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.user_id) throw new ToolError("user_id must be a non-empty string: the host's Zoom user id");
    const hosted = Object.values(state.recordings).filter((recording) => {
      const key = String(recording.meeting_id);
      return hasEntry(state.meetings, key) && state.meetings[key]?.user_id === args.user_id;
    });
    const shown = args.page_size ? pythonSlice(hosted, null, args.page_size) : hosted;
    return {
      recordings: shown.map((r) => ({
        recording_id: r.recording_id,
        meeting_id: r.meeting_id,
        topic: r.topic,
        start_time: r.start_time,
        duration: r.duration,
      })),
    };
  },
});
