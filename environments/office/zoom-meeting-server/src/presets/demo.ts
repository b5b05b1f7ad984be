import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const meeting = (
  id: number,
  host: string,
  topic: string,
  startTime: string | null,
  duration: number | null,
  timezone: string | null,
  password: string,
) => ({
  meeting_id: id,
  user_id: host,
  topic,
  start_time: startTime,
  duration,
  timezone,
  password,
  join_url: `https://zoom.us/j/${id}`,
  start_url: `https://zoom.us/s/${id}`,
});

const file = (recording: string, n: number, type: string, size: number) => ({
  file_id: `${recording}-f${n}`,
  file_type: type,
  file_size: size,
  play_url: `https://zoom.us/rec/play/${recording}-f${n}`,
  download_url: `https://zoom.us/rec/download/${recording}-f${n}`,
});

const MARIA = 'maria.chen@northwind.io';
const JONAS = 'jonas.weber@northwind.io';
const PRIYA = 'priya.nair@northwind.io';

// Northwind's Zoom account in mid-May 2025: Maria's standup, planning session and an unscheduled
// 1:1; Jonas's interview and last week's all-hands (recorded in two parts); Priya's customer demo.
// One recording belongs to a meeting that was deleted since (meeting 999): get_recording still finds
// it, list_recordings no longer shows it.
export const demo: Input = {
  meetings: {
    1000: meeting(1000, MARIA, 'Platform team standup', '2025-05-19T07:00:00Z', 15, 'Europe/Berlin', 'stand9'),
    1001: meeting(1001, MARIA, 'Q3 planning', '2025-05-20T14:00:00Z', 90, 'America/New_York', 'plan2025'),
    1002: meeting(1002, MARIA, '1:1 Maria / Leo', null, null, null, 'pass1002'),
    1003: meeting(1003, JONAS, 'Interview: senior backend engineer', '2025-05-21T10:00:00Z', 45, 'Europe/Berlin', 'hire45'),
    1004: meeting(1004, JONAS, 'May all-hands', '2025-05-12T16:00:00Z', 60, 'UTC', 'allhands'),
    1005: meeting(1005, PRIYA, 'Acme Corp product demo', '2025-05-22T15:30:00Z', 30, 'Asia/Kolkata', 'acme30'),
  },
  recordings: {
    rec_allhands_1: {
      recording_id: 'rec_allhands_1',
      meeting_id: 1004,
      topic: 'May all-hands',
      start_time: '2025-05-12T16:00:00Z',
      duration: 35,
      files: [
        file('rec_allhands_1', 1, 'MP4', 412_338_176),
        file('rec_allhands_1', 2, 'M4A', 33_554_432),
        file('rec_allhands_1', 3, 'TRANSCRIPT', 48_211),
      ],
    },
    rec_allhands_2: {
      recording_id: 'rec_allhands_2',
      meeting_id: 1004,
      topic: 'May all-hands (Q&A)',
      start_time: '2025-05-12T16:36:00Z',
      duration: 24,
      files: [file('rec_allhands_2', 1, 'MP4', 281_018_368)],
    },
    rec_standup_0512: {
      recording_id: 'rec_standup_0512',
      meeting_id: 1000,
      topic: 'Platform team standup',
      start_time: '2025-05-12T07:00:00Z',
      duration: 14,
      files: [file('rec_standup_0512', 1, 'MP4', 96_468_992), file('rec_standup_0512', 2, 'CHAT', 2_048)],
    },
    rec_offsite: {
      recording_id: 'rec_offsite',
      meeting_id: 999,
      topic: 'Offsite kickoff',
      start_time: '2025-04-28T08:00:00Z',
      duration: 50,
      files: [],
    },
  },
  next_meeting_id: 1006,
};
