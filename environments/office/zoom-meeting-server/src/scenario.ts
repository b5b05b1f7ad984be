import { integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's ZoomMeetingServer scenario, same fields and checks: meetings by numeric id,
// cloud recordings by recording id (each naming its meeting), and the counter new meeting ids come
// from. The reference has no clock: start times are whatever the host gives.
export const START_TIME = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}Z$/u;
export const meetingSchema = z.object({
  meeting_id: z.int().min(1),
  user_id: z.string(),
  topic: z.string(),
  start_time: z.string().regex(START_TIME, 'start_time must be YYYY-MM-DDTHH:MM:SSZ').nullable().default(null),
  duration: z.int().min(1).nullable().default(null),
  timezone: z.string().nullable().default(null),
  password: z.string().nullable().default(null),
  join_url: z.string(),
  start_url: z.string(),
});

export const recordingFileSchema = z.object({
  file_id: z.string(),
  file_type: z.string(),
  file_size: z.int().min(0),
  play_url: z.string(),
  download_url: z.string(),
});

export const recordingSchema = z.object({
  recording_id: z.string(),
  meeting_id: z.int().min(1),
  topic: z.string(),
  start_time: z.string().regex(START_TIME, 'start_time must be YYYY-MM-DDTHH:MM:SSZ'),
  duration: z.int().min(1),
  files: z.array(recordingFileSchema).default(() => []),
});

// The reference's ZoomScenario.
export const scenarioSchema = z.object({
  meetings: integerKeyed(meetingSchema).default(() => ({})),
  recordings: z.record(z.string(), recordingSchema).default(() => ({})),
  next_meeting_id: z.int().min(1).default(1000),
});

export type ZoomMeetingServerState = z.output<typeof scenarioSchema>;
export type Meeting = z.output<typeof meetingSchema>;

/** defineTool for this environment: handlers receive a typed draft of ZoomMeetingServerState. */
export const defineZoomMeetingServerTool = toolsFor<ZoomMeetingServerState>();
