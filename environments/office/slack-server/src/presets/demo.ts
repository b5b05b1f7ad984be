import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const channel = (id: string, name: string, kind: 'public' | 'private' | 'im' | 'mpim', members: number, topic = '') => ({
  id,
  name,
  is_channel: kind === 'public' || kind === 'private',
  is_private: kind === 'private',
  is_im: kind === 'im',
  ...(kind === 'mpim' ? { is_mpim: true } : {}),
  num_members: members,
  topic,
});

const message = (user: string, text: string, ts: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  user,
  text,
  ts,
  ...extra,
});

// Fernway, a 40-person product company, on the morning of 17 April 2026: an all-hands channel, an
// engineering channel with a release thread, a private incident channel (with a thread whose replies
// name their channel), a quiet public channel, two DMs and a group DM. Join/leave notices sit in
// the histories, and #random and #design have as many members.
export const demo: Input = {
  channels: {
    C01GENERAL: channel('C01GENERAL', 'general', 'public', 40, 'Company-wide announcements'),
    C02ENG: channel('C02ENG', 'engineering', 'public', 14, 'Releases, reviews and on-call'),
    C03RANDOM: channel('C03RANDOM', 'random', 'public', 22),
    C04DESIGN: channel('C04DESIGN', 'design', 'public', 22, 'Figma links welcome'),
    G05INCIDENT: channel('G05INCIDENT', 'incident-0416', 'private', 5, 'Checkout latency spike, 16 Apr'),
    G06LEADS: channel('G06LEADS', 'leads', 'private', 4),
    D07ANA: channel('D07ANA', 'ana.lima', 'im', 2),
    D08OMAR: channel('D08OMAR', 'omar.haddad', 'im', 2),
    M09OFFSITE: channel('M09OFFSITE', 'mpdm-ana--omar--priya-1', 'mpim', 3, 'Offsite planning'),
  },
  messages: {
    C01GENERAL: [
      message('U01ANA', 'Welcome Priya to the design team!', '1776326400.000100'),
      message('U05PRIYA', '', '1776326460.000200', { subtype: 'channel_join' }),
      message('U02OMAR', 'All-hands moves to Thursday 15:00, same link.', '1776333600.000300'),
      message('U03KENJI', 'Reminder: expense reports are due Friday.', '1776340800.000400'),
    ],
    C02ENG: [
      message('U03KENJI', 'Release 4.12 is cut. Please test checkout on staging.', '1776337200.000100', {
        thread_ts: '1776337200.000100',
        reactions: [{ name: 'rocket', users: ['U02OMAR', 'U04LENA'], count: 2 }],
      }),
      message('U04LENA', 'Staging deploy is green.', '1776338100.000200'),
      message('U06TOM', '', '1776338200.000300', { subtype: 'channel_leave' }),
      message('U02OMAR', 'Code freeze for 4.12 starts tomorrow at noon.', '1776344400.000400'),
    ],
    C03RANDOM: [message('U04LENA', 'Who left a sourdough starter in the fridge?', '1776330000.000100')],
    G05INCIDENT: [
      message('U02OMAR', 'Checkout p95 latency is at 4s. Paging on-call.', '1776312000.000100', { thread_ts: '1776312000.000100' }),
      message('U03KENJI', 'Rolled back 4.11.2; latency back to normal.', '1776315600.000200'),
    ],
    D07ANA: [message('U01ANA', 'Can you review the checkout copy before lunch?', '1776333000.000100')],
  },
  threads: {
    '1776337200.000100': [
      message('U04LENA', 'Found a rounding bug in the tax line, fix in review.', '1776337500.000200', {
        thread_ts: '1776337200.000100',
      }),
      message('U02OMAR', 'Thanks Lena, approving now.', '1776337800.000300', { thread_ts: '1776337200.000100' }),
      message('U06TOM', '', '1776337900.000400', { subtype: 'channel_leave', thread_ts: '1776337200.000100' }),
    ],
    '1776312000.000100': [
      message('U03KENJI', 'Looking. Suspect the new tax service.', '1776312300.000200', {
        thread_ts: '1776312000.000100',
        channel_id: 'G05INCIDENT',
      }),
      message('U01ANA', 'Customers report failed checkouts in Lisbon.', '1776312600.000300', {
        thread_ts: '1776312000.000100',
        channel_id: 'G05INCIDENT',
      }),
    ],
  },
  current_time: '2026-04-17T09:30:00',
};
