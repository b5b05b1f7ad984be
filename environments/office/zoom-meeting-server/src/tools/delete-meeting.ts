import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';
import { requireMeeting } from './meeting-ids.js';

export const deleteMeeting = defineZoomMeetingServerTool({
  name: 'delete_meeting',
  description:
    'Delete a meeting. Its recordings stay, but no longer show in list_recordings (which goes through the ' +
    'meeting). occurrence_id and cancel_meeting_reminder are accepted and ignored. Returns {success: true}; ' +
    'fails for an unknown meeting.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    meeting_id: z.string(),
    occurrence_id: defaultNull(z.string()),
    cancel_meeting_reminder: defaultNull(z.boolean()),
  }),
  handler: (state, args) => {
    const { key } = requireMeeting(state, args.meeting_id);
    delete state.meetings[key];
    return { success: true };
  },
});
