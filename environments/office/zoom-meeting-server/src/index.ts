import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createMeeting } from './tools/create-meeting.js';
import { deleteMeeting } from './tools/delete-meeting.js';
import { deleteRecording } from './tools/delete-recording.js';
import { getMeeting } from './tools/get-meeting.js';
import { getRecording } from './tools/get-recording.js';
import { listMeetings } from './tools/list-meetings.js';
import { listRecordings } from './tools/list-recordings.js';
import { updateMeeting } from './tools/update-meeting.js';

export const zoomMeetingServer = defineEnvironment({
  name: 'ZoomMeetingServer',
  domain: 'office',
  version: '0.1.0',
  description: 'Zoom meetings and cloud recordings: schedule, read, list, update and delete meetings; list, read and delete recordings.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [createMeeting, getMeeting, listMeetings, updateMeeting, deleteMeeting, listRecordings, getRecording, deleteRecording],
});

export default zoomMeetingServer;
export { scenarioSchema };
export type { ZoomMeetingServerState } from './scenario.js';
