import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

// A product team's transactional mail on 12 May 2025: welcome and password-reset emails, a weekly
// digest scheduled for later, one that bounced and one that was opened.
export const demo: Input = {
  emails: {
    email_1: {
      id: 'email_1',
      to: ['maya@example.com'],
      from_email: 'hello@acme.dev',
      created_at: '2025-05-12T08:01:12Z',
      subject: 'Welcome to Acme',
      html: '<h1>Welcome, Maya!</h1>',
      text: 'Welcome, Maya!',
      last_event: 'opened',
      status: 'delivered',
    },
    email_2: {
      id: 'email_2',
      to: ['sam@example.org'],
      from_email: 'security@acme.dev',
      created_at: '2025-05-12T08:14:40Z',
      subject: 'Reset your password',
      text: 'Use the link below within 30 minutes.',
      reply_to: ['support@acme.dev'],
      last_event: 'bounced',
      status: 'bounced',
    },
    email_3: {
      id: 'email_3',
      to: ['team@acme.dev'],
      from_email: 'digest@acme.dev',
      created_at: '2025-05-12T09:00:00Z',
      subject: 'Weekly digest',
      html: '<p>This week: 3 releases.</p>',
      cc: ['lead@acme.dev'],
      bcc: ['archive@acme.dev'],
      last_event: 'scheduled',
      status: 'scheduled',
      scheduled_at: '2025-05-16T17:00:00Z',
    },
  },
  current_time: '2025-05-12T10:30:00Z',
};
