import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Ticket = NonNullable<Input['tickets']>[string];
type Comment = NonNullable<Input['comments']>[string];

const ticket = (
  ticket_id: number,
  title: string,
  description: string,
  created_by: string,
  created_at: string,
  rest: Partial<Ticket> = {},
): Ticket => ({ ticket_id, title, description, created_by, created_at, updated_at: created_at, ...rest });

const comment = (
  comment_id: number,
  ticket_id: number,
  author: string,
  text: string,
  created_at: string,
  is_internal = false,
): Comment => ({
  comment_id,
  ticket_id,
  comment: text,
  author,
  is_internal,
  created_at,
});

// The help desk of a small software company in mid-March: three customers and four staff accounts
// (the staff list also names support3, who has no account), ten tickets across every status (one
// resolved without a resolution text, so it stays out of the average), public replies and
// staff-only notes, and a stale session of Bob's from last week. Nobody is signed in.
export const demo: Input = {
  current_time: '2025-03-18 09:30:00',
  users: {
    admin: { username: 'admin', password: 'admin-Desk#2025', is_staff: true },
    support1: { username: 'support1', password: 'tea-and-tickets', is_staff: true },
    support2: { username: 'support2', password: 'night-shift-42', is_staff: true },
    manager: { username: 'manager', password: 'quarterly-review', is_staff: true },
    alice: { username: 'alice', password: 'alice123', is_staff: false },
    bob: { username: 'bob', password: 'hunter2', is_staff: false },
    chloé: { username: 'chloé', password: 'croissant', is_staff: false },
  },
  tickets: {
    1: ticket(
      1,
      'Cannot log in after password reset',
      'The reset email arrives but the new password is refused.',
      'alice',
      '2025-03-10 08:15:00',
      {
        status: 'resolved',
        priority: 4,
        category: 'account',
        assignee: 'support1',
        updated_at: '2025-03-10 14:45:00',
        resolution: 'Cleared the stale SSO session; the new password works.',
      },
    ),
    2: ticket(2, 'Invoice shows the wrong VAT rate', 'February invoice charged 21% instead of 19%.', 'bob', '2025-03-11 10:00:00', {
      status: 'in_progress',
      priority: 3,
      category: 'billing',
      assignee: 'support2',
      updated_at: '2025-03-12 09:20:00',
    }),
    3: ticket(3, 'Export to CSV times out', 'Exporting more than 10,000 rows never finishes.', 'alice', '2025-03-12 16:40:00', {
      priority: 5,
      category: 'bug',
    }),
    4: ticket(4, 'Add dark mode', 'Several of our staff work night shifts.', 'chloé', '2025-03-13 11:05:00', {
      category: 'feature',
      priority: 1,
    }),
    5: ticket(5, 'Password reset email never arrives', 'Checked spam too. Using a company domain.', 'bob', '2025-03-14 07:55:00', {
      status: 'closed',
      priority: 2,
      category: 'account',
      assignee: 'support1',
      updated_at: '2025-03-14 12:00:00',
    }),
    6: ticket(6, 'Refund for duplicate charge', 'Charged twice for the March subscription.', 'chloé', '2025-03-15 09:30:00', {
      status: 'resolved',
      priority: 4,
      category: 'billing',
      assignee: 'support2',
      updated_at: '2025-03-16 10:00:00',
      resolution: 'Refunded the second charge; it shows in 3–5 days.',
    }),
    7: ticket(7, 'Typo on the pricing page', '"Anual" should be "Annual".', 'alice', '2025-03-15 13:10:00', {
      status: 'resolved',
      category: 'general',
      updated_at: '2025-03-15 13:40:00',
    }),
    8: ticket(8, 'API rate limit too low', 'We hit 429s during the nightly sync.', 'bob', '2025-03-17 22:05:00', {
      priority: 3,
      category: 'bug',
      assignee: 'manager',
    }),
    9: ticket(9, 'Onboarding call for new team', '', 'manager', '2025-03-18 08:00:00', {
      status: 'open',
      priority: 2,
      category: 'general',
      assignee: 'support3',
    }),
    10: ticket(10, 'Export to PDF cuts off tables', 'Wide tables lose their last columns.', 'chloé', '2025-03-18 09:10:00', {
      priority: 3,
      category: 'bug',
    }),
  },
  comments: {
    1: comment(1, 1, 'support1', 'Could you try again in a private window?', '2025-03-10 09:00:00'),
    2: comment(2, 1, 'alice', 'That worked, thanks!', '2025-03-10 14:30:00'),
    3: comment(3, 2, 'support2', 'Finance confirms the rate table was outdated.', '2025-03-12 09:20:00', true),
    4: comment(4, 2, 'support2', 'We are correcting the invoice and will send a new one.', '2025-03-12 09:25:00'),
    5: comment(5, 3, 'admin', 'Reproduced on the EU cluster; likely the query planner.', '2025-03-13 08:00:00', true),
    6: comment(6, 8, 'bob', 'Happens every night around 02:00 UTC.', '2025-03-17 22:10:00'),
  },
  sessions: { bob: 'session_bob_48213' },
  next_ticket_id: 11,
  next_comment_id: 7,
};
