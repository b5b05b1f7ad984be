import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Identity = { address: string; verification_status: string; verification_token: string | null };

// The SES account of a small online bookshop, Monday 10 March 2025. Worth exploring: a sender that
// is verified and one still pending (send_email refuses it, send_templated_email does not), one whose
// verification failed, a domain identity with a token, a week of statistics with a bounce spike on
// Thursday, templates for orders and password resets, and three emails already sent (one with Cc and
// Bcc, one templated) so the next id is msg-00000004.
function identity(address: string, verification_status: string, verification_token: string | null = null): Identity {
  return { address, verification_status, verification_token };
}

const day = (date: string, attempts: number, bounces: number, complaints: number, rejects: number) => ({
  Timestamp: `${date}T00:00:00`,
  DeliveryAttempts: attempts,
  Bounces: bounces,
  Complaints: complaints,
  Rejects: rejects,
});

export const demo: Input = {
  current_time: '2025-03-10T09:15:00',
  message_id_counter: 4,
  verified_identities: {
    'orders@pageturner-books.com': identity('orders@pageturner-books.com', 'Success'),
    'support@pageturner-books.com': identity('support@pageturner-books.com', 'Success'),
    'newsletter@pageturner-books.com': identity('newsletter@pageturner-books.com', 'Pending'),
    'marketing@pageturner-books.co.uk': identity('marketing@pageturner-books.co.uk', 'Failed'),
    'no-reply@mail.pageturner-books.com': identity('no-reply@mail.pageturner-books.com', 'Success', 'pX7q2LmA9sKd3VbN0wRt5YzE'),
  },
  templates: {
    OrderConfirmation:
      '{"Subject": "Your order {{order_id}} is confirmed", "Text": "Hi {{name}}, thanks for ordering {{title}}. We will email you when it ships."}',
    ShippingUpdate: '{"Subject": "Order {{order_id}} has shipped", "Text": "Hi {{name}}, your parcel is on its way: {{tracking_url}}"}',
    PasswordReset: '{"Subject": "Reset your password", "Text": "Use this link within 30 minutes: {{reset_link}}"}',
  },
  send_statistics: [
    day('2025-03-03', 412, 3, 0, 0),
    day('2025-03-04', 388, 2, 1, 0),
    day('2025-03-05', 455, 4, 0, 1),
    day('2025-03-06', 1290, 41, 6, 2),
    day('2025-03-07', 402, 3, 0, 0),
    day('2025-03-08', 150, 0, 0, 0),
    day('2025-03-09', 97, 1, 0, 0),
  ],
  sent_emails: {
    'msg-00000001': {
      message_id: 'msg-00000001',
      source: 'orders@pageturner-books.com',
      destination: { ToAddresses: ['ines.moreau@example.fr'], CcAddresses: [], BccAddresses: [] },
      timestamp: '2025-03-09T16:42:10',
    },
    'msg-00000002': {
      message_id: 'msg-00000002',
      source: 'support@pageturner-books.com',
      destination: {
        ToAddresses: ['kwame.asante@example.com'],
        CcAddresses: ['support@pageturner-books.com'],
        BccAddresses: ['audit@pageturner-books.com'],
      },
      timestamp: '2025-03-09T18:05:33',
    },
    'msg-00000003': {
      message_id: 'msg-00000003',
      source: 'no-reply@mail.pageturner-books.com',
      destination: { ToAddresses: ['yuki.tanaka@example.jp', 'lena.fischer@example.de'], CcAddresses: [], BccAddresses: [] },
      timestamp: '2025-03-10T08:00:02',
    },
  },
};
