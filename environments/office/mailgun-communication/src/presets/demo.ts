import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const event = (type: string, id: string, timestamp: number, recipient: string, domain: string, subject: string) => ({
  event: type,
  id,
  timestamp,
  recipient,
  domain,
  message: { headers: { subject } },
});

// Monday 10 March 2025 at a shop that sends receipts from mg.shop.example and newsletters from
// news.shop.example: three messages already sent, their lifecycle events (delivered, opened,
// clicked, one permanent failure, one complaint), and a domain with no events yet.
export const demo: Input = {
  emails: {
    msg_1: { id: 'msg_1', to_email: 'ana@example.org', subject: 'Your receipt #1042', status: 'delivered', timestamp: 1741597200 },
    msg_2: { id: 'msg_2', to_email: 'bo@example.net', subject: 'Your receipt #1043', status: 'failed', timestamp: 1741600800 },
    msg_3: { id: 'msg_3', to_email: 'cleo@example.com', subject: 'Spring collection is here', status: 'delivered', timestamp: 1741604400 },
  },
  events: [
    event('accepted', 'evt_1', 1741597200, 'ana@example.org', 'mg.shop.example', 'Your receipt #1042'),
    event('delivered', 'evt_2', 1741597205, 'ana@example.org', 'mg.shop.example', 'Your receipt #1042'),
    event('opened', 'evt_3', 1741598100, 'ana@example.org', 'mg.shop.example', 'Your receipt #1042'),
    event('accepted', 'evt_4', 1741600800, 'bo@example.net', 'mg.shop.example', 'Your receipt #1043'),
    event('failed', 'evt_5', 1741600803, 'bo@example.net', 'mg.shop.example', 'Your receipt #1043'),
    event('accepted', 'evt_6', 1741604400, 'cleo@example.com', 'news.shop.example', 'Spring collection is here'),
    event('delivered', 'evt_7', 1741604402, 'cleo@example.com', 'news.shop.example', 'Spring collection is here'),
    event('clicked', 'evt_8', 1741606000, 'cleo@example.com', 'news.shop.example', 'Spring collection is here'),
    event('complained', 'evt_9', 1741610000, 'cleo@example.com', 'news.shop.example', 'Spring collection is here'),
  ],
  current_time: '2025-03-10T14:00:00',
  default_from_email: 'receipts@mg.shop.example',
  domains: ['mg.shop.example', 'news.shop.example', 'support.shop.example'],
};
