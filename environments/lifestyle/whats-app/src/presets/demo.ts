import type { z } from 'zod';
import type { messageSchema, scenarioSchema } from '../scenario.js';

// Maya Chen's phone on a Friday evening in March: family, friends, a landlord, a dentist's office
// and a climbing club. Worth exploring: an archived chat, unread counts to clear, a chat with a
// number that is not a saved contact, two contacts called Sam, a contact who is not on WhatsApp, a
// number the directory says is invalid, a group with no description and a group of one.

type Scenario = z.input<typeof scenarioSchema>;
type MessageInput = z.input<typeof messageSchema>;

const MAYA = '+14155550100';
const DAD = '+14155550111';
const PRIYA = '+14155550122';
const SAM_ORTIZ = '+13125550133';
const SAM_LEE = '+12065550144';
const LANDLORD = '+16465550155';
const DENTIST = '+15035550166';
const GRANDMA = '+447700900177';
const UNKNOWN = '+17035550188';
const OLD_NUMBER = '+19035550199';

const messageList: MessageInput[] = [];
function message(phone: string, fromMe: boolean, content: string, timestamp: string, type = 'text'): void {
  const id = `msg_${String(messageList.length + 1).padStart(3, '0')}`;
  messageList.push({ message_id: id, phone, from_me: fromMe, content, timestamp, type });
}

message(DAD, false, 'Are you still coming Sunday?', '2025-03-13T18:02:11');
message(DAD, true, 'Yes! I will bring dessert', '2025-03-13T18:05:40');
message(DAD, false, 'Your mother says bring the good pie', '2025-03-14T09:12:03');
message(DAD, false, 'Image: /photos/garden_tulips.jpg - first tulips this year', '2025-03-14T09:13:27', 'image');
message(PRIYA, true, 'Climbing tomorrow at 10?', '2025-03-14T12:30:00');
message(PRIYA, false, 'Yes, meet at the gym entrance', '2025-03-14T12:41:19');
message(PRIYA, false, 'Location: 37.7699, -122.4112 - Mission Cliffs', '2025-03-14T12:41:55', 'location');
message(PRIYA, false, 'Can you lend me your chalk bag?', '2025-03-14T17:58:02');
message(SAM_ORTIZ, false, 'Link: https://example.com/tickets/jazz-night - Jazz night, Mar 22', '2025-03-12T20:15:00', 'link');
message(SAM_ORTIZ, true, 'Count me in', '2025-03-12T20:20:31');
message(SAM_LEE, false, 'Did you get the slides?', '2025-03-11T10:04:44');
message(SAM_LEE, true, 'File: /docs/q1_review.pdf - final version', '2025-03-11T10:30:12', 'file');
message(SAM_LEE, false, 'Perfect, thanks!', '2025-03-11T10:31:00');
message(LANDLORD, false, 'Plumber will come Tuesday between 9 and 12', '2025-03-10T08:00:00');
message(LANDLORD, true, 'Thanks, I will be home', '2025-03-10T08:45:09');
message(LANDLORD, false, 'Rent receipt for March attached', '2025-03-14T16:20:00');
message(DENTIST, false, 'Reminder: cleaning on March 18 at 14:30. Reply C to confirm.', '2025-03-14T11:00:00');
message(DENTIST, false, 'Reminder: please arrive 10 minutes early.', '2025-03-14T11:00:05');
message(GRANDMA, true, 'Contact: Dr. Alvarez (+15035550166)', '2025-02-02T15:00:00', 'contact');
message(GRANDMA, false, 'Thank you dear, I called them', '2025-02-03T09:30:00');
message(UNKNOWN, false, 'Hi, is the bike still for sale?', '2025-03-14T19:10:42');
message(UNKNOWN, false, 'I can pick it up tomorrow', '2025-03-14T19:11:30');

export const demo: Scenario = {
  current_time: '2025-03-14T19:30:00',
  profile: {
    push_name: 'Maya Chen',
    status: 'Out climbing, back Sunday',
    profile_picture_url: '/photos/maya_profile.jpg',
  },
  contacts: {
    [DAD]: { phone: DAD, name: 'Dad', is_registered: true },
    [PRIYA]: { phone: PRIYA, name: 'Priya Nair', is_registered: true },
    [SAM_ORTIZ]: { phone: SAM_ORTIZ, name: 'Sam', is_registered: true },
    [SAM_LEE]: { phone: SAM_LEE, name: 'Sam', is_registered: true },
    [LANDLORD]: { phone: LANDLORD, name: 'Mr. Okafor (landlord)', is_registered: true },
    [DENTIST]: { phone: DENTIST, name: 'Bright Smile Dental', is_registered: true },
    [GRANDMA]: { phone: GRANDMA, name: 'Grandma Rose', is_registered: true },
    [OLD_NUMBER]: { phone: OLD_NUMBER, name: 'Tom (old number)', is_registered: false },
  },
  chats: {
    [DAD]: {
      phone: DAD,
      name: 'Dad',
      unread_count: 2,
      last_message: 'Image: /photos/garden_tulips.jpg - first tulips this year',
      last_message_time: '2025-03-14T09:13:27',
    },
    [PRIYA]: {
      phone: PRIYA,
      name: 'Priya Nair',
      unread_count: 3,
      last_message: 'Can you lend me your chalk bag?',
      last_message_time: '2025-03-14T17:58:02',
    },
    [SAM_ORTIZ]: {
      phone: SAM_ORTIZ,
      name: 'Sam',
      last_message: 'Count me in',
      last_message_time: '2025-03-12T20:20:31',
    },
    [SAM_LEE]: {
      phone: SAM_LEE,
      name: 'Sam',
      last_message: 'Perfect, thanks!',
      last_message_time: '2025-03-11T10:31:00',
    },
    [LANDLORD]: {
      phone: LANDLORD,
      name: 'Mr. Okafor (landlord)',
      unread_count: 1,
      last_message: 'Rent receipt for March attached',
      last_message_time: '2025-03-14T16:20:00',
    },
    [DENTIST]: {
      phone: DENTIST,
      name: 'Bright Smile Dental',
      unread_count: 2,
      last_message: 'Reminder: please arrive 10 minutes early.',
      last_message_time: '2025-03-14T11:00:05',
      archived: true,
    },
    [GRANDMA]: {
      phone: GRANDMA,
      name: 'Grandma Rose',
      last_message: 'Thank you dear, I called them',
      last_message_time: '2025-02-03T09:30:00',
      archived: true,
    },
    [UNKNOWN]: {
      phone: UNKNOWN,
      name: UNKNOWN,
      unread_count: 2,
      last_message: 'I can pick it up tomorrow',
      last_message_time: '2025-03-14T19:11:30',
    },
  },
  messages: Object.fromEntries(messageList.map((entry) => [entry.message_id, entry])),
  groups: {
    group_family: {
      group_id: 'group_family',
      name: 'Chen family',
      participants: [MAYA, DAD, GRANDMA],
      created_at: '2023-11-23T17:00:00',
      description: 'Sunday dinners and birthday plans',
    },
    group_climbing: {
      group_id: 'group_climbing',
      name: 'Saturday climbers',
      participants: [MAYA, PRIYA, SAM_ORTIZ, SAM_LEE],
      created_at: '2024-06-01T08:30:00',
      description: '',
    },
    group_notes: {
      group_id: 'group_notes',
      name: 'Notes to self',
      participants: [MAYA],
      created_at: '2025-01-05T21:14:00',
      description: 'Shopping lists and reminders',
    },
  },
  phone_validity_map: {
    [MAYA]: true,
    [DAD]: true,
    [PRIYA]: true,
    [SAM_ORTIZ]: true,
    [SAM_LEE]: true,
    [LANDLORD]: true,
    [DENTIST]: true,
    [GRANDMA]: true,
    [UNKNOWN]: true,
    [OLD_NUMBER]: true,
    '+15555550000': false,
  },
  whatsapp_registered_map: {
    [MAYA]: true,
    [DAD]: true,
    [PRIYA]: true,
    [SAM_ORTIZ]: true,
    [SAM_LEE]: true,
    [LANDLORD]: true,
    [DENTIST]: true,
    [GRANDMA]: true,
    [UNKNOWN]: true,
    [OLD_NUMBER]: false,
    '+15555550000': true,
  },
};
