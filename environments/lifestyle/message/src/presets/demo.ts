import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type MessageInput = NonNullable<Input['messages']>[string];

const users = ['maya', 'tomas', 'priya', 'jonah', '李华', 'sam2', 'olivia', 'Ken'];

const message = (
  message_id: number,
  sender_id: string,
  receiver_id: string,
  text: string,
  sent_at: string,
  is_read = true,
): MessageInput => ({ message_id, sender_id, receiver_id, message: text, sent_at, is_read });

// A design studio's chat during launch week. Maya (user_001) is the busiest account; message 7 was
// deleted (a gap in the ids); messages 12 and 15 come from user_009, an account no longer in the
// workspace (listed as "Unknown"); message 14 is a note Jonah sent himself; the newest messages
// are unread. Nobody is logged in: start with login.
export const demo: Input = {
  users: Object.fromEntries(
    users.map((username, index) => {
      const user_id = `user_${String(index + 1).padStart(3, '0')}`;
      return [user_id, { user_id, username }];
    }),
  ),
  messages: Object.fromEntries(
    [
      message(1, 'user_001', 'user_002', 'Morning Tomas! Can you send the launch deck before standup?', '2025-03-10 08:52:11'),
      message(2, 'user_002', 'user_001', 'Deck is on the shared drive, v3 has the new pricing slide.', '2025-03-10 09:05:40'),
      message(3, 'user_003', 'user_001', 'Client moved the review call to Thursday 3pm.', '2025-03-10 11:30:02'),
      message(4, 'user_001', 'user_003', 'Thursday works. I will book the big room.', '2025-03-10 11:34:58'),
      message(5, 'user_004', 'user_002', 'Lunch at the ramen place?', '2025-03-11 12:01:00'),
      message(6, 'user_002', 'user_004', 'Yes! 12:30, meet in the lobby.', '2025-03-11 12:03:27'),
      message(8, 'user_005', 'user_001', '新版本的翻译已经上传了，请查收。', '2025-03-12 09:15:45'),
      message(9, 'user_001', 'user_005', 'Thanks Li Hua, the translation looks great.', '2025-03-12 10:20:00'),
      message(10, 'user_006', 'user_001', 'Invoice #4471 for the March retainer is attached to the deck folder.', '2025-03-12 14:48:09'),
      message(11, 'user_001', 'user_006', 'Got the invoice, forwarding to finance.', '2025-03-12 15:02:33'),
      message(12, 'user_009', 'user_001', 'Handing over my accounts before I leave, see the doc.', '2025-03-13 08:00:00'),
      message(13, 'user_007', 'user_003', 'Can I borrow your Pantone swatches for the REVIEW?', '2025-03-13 13:22:10'),
      message(14, 'user_004', 'user_004', 'Reminder: renew the font licence before Friday.', '2025-03-13 17:45:00'),
      message(15, 'user_009', 'user_002', 'Last day today, thanks for everything!', '2025-03-13 18:10:31'),
      message(16, 'user_003', 'user_001', 'Review deck feedback: slide 4 needs the new logo.', '2025-03-14 10:05:12', false),
      message(17, 'user_002', 'user_001', 'Pushed deck v4 with the logo fix.', '2025-03-14 11:40:00', false),
      message(18, 'user_008', 'user_007', 'Olivia, the print proofs arrive tomorrow.', '2025-03-14 15:59:59', false),
    ].map((entry) => [String(entry.message_id), entry]),
  ),
  current_user_id: null,
  next_message_id: 19,
  next_user_id_counter: 9,
  current_time: '2025-03-14T16:45:00',
};
