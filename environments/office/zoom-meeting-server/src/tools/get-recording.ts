import { z } from 'zod';
import { defineZoomMeetingServerTool } from '../scenario.js';
import { readMeetingId } from './meeting-ids.js';

export const getRecording = defineZoomMeetingServerTool({
  name: 'get_recording',
  description:
    "The files of a meeting's first cloud recording (the meeting itself need not exist any more): " +
    '{recording_files: [{file_id, file_type, file_size, play_url, download_url}]}, empty when it has none. ' +
    'Fails when meeting_id is empty or not a number.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    meeting_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const id = readMeetingId(args.meeting_id);
    const recording = Object.values(state.recordings).find((r) => String(r.meeting_id) === id);
    return {
      recording_files: (recording?.files ?? []).map((f) => ({
        file_id: f.file_id,
        file_type: f.file_type,
        file_size: f.file_size,
        play_url: f.play_url,
        download_url: f.download_url,
      })),
    };
  },
});
