import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';
import { readMeetingId } from './meeting-ids.js';

export const deleteRecording = defineZoomMeetingServerTool({
  name: 'delete_recording',
  description:
    'Delete every cloud recording of a meeting (none is fine). action ("delete" or "trash") is accepted; both ' +
    'remove the recordings, as in the reference. Returns {success: true}; fails when meeting_id is empty or not a number.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    meeting_id: z.string(),
    action: defaultNull(z.string()),
  }),
  handler: (state, args) => {
    const id = readMeetingId(args.meeting_id);
    for (const [key, recording] of Object.entries(state.recordings)) {
      if (String(recording.meeting_id) === id) delete state.recordings[key];
    }
    return { success: true };
  },
});
