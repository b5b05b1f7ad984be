import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type TicketRow = [id: number, title: string, description: string, status: string, priority: number, createdBy: string];

// An IT help desk on a busy Monday, nobody logged in. Worth trying: two people's tickets mixed in one
// queue, one ticket in every status (an Open one to close, a Resolved one that cannot be resolved
// again, a Closed one), the lowest and the highest priority, and a counter ready for ticket 9.
const rows: TicketRow[] = [
  [1, 'VPN drops every hour', 'The office VPN disconnects at minute 59 and needs a manual reconnect.', 'Open', 3, 'priya'],
  [2, 'Printer on floor 3 jams', 'Tray 2 jams with recycled paper.', 'In Progress', 2, 'marco'],
  [3, 'Laptop will not charge', 'USB-C charger works on other laptops; this one stays at 4%.', 'Open', 5, 'priya'],
  [4, 'Request: second monitor', '', 'Open', 1, 'marco'],
  [5, 'Email bounces from partner domain', 'Replies to partner.example come back with 550.', 'Resolved', 4, 'priya'],
  [6, 'Password reset loop', 'Reset link sends me back to the reset page.', 'Closed', 3, 'marco'],
  [7, 'Slow shared drive', 'Opening the finance folder takes a minute.', 'Open', 2, 'priya'],
  [8, 'Badge does not open lab door', '', 'Open', 4, 'lena'],
];

export const demo: z.input<typeof scenarioSchema> = {
  ticket_queue: rows.map(([id, title, description, status, priority, created_by]) => ({
    id,
    title,
    description,
    status,
    priority,
    created_by,
    ...(status === 'Resolved' ? { resolution: 'Partner fixed their SPF record.' } : {}),
  })),
  ticket_counter: 9,
  current_user: null,
};
