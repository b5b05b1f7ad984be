import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const receipt = (n: number, to: string, subject: string, at: string, tag: string | null, trackOpens = true) => ({
  To: to,
  Subject: subject,
  TextBody: `${subject}. Thanks for using Lumen.`,
  HtmlBody: `<p>${subject}. Thanks for using Lumen.</p>`,
  From: 'billing@lumen.app',
  Tag: tag,
  TrackOpens: trackOpens,
  TrackLinks: 'HtmlAndText',
  MessageID: `msg-${n}`,
  SubmittedAt: at,
  ErrorCode: 0,
  Message: 'OK',
});

const open = (messageId: string, recipient: string, at: string, first: boolean, seconds: number, tag: string | null) => ({
  FirstOpen: first,
  Client: { Name: first ? 'Gmail' : 'Apple Mail', Company: first ? 'Google' : 'Apple' },
  OS: { Name: first ? 'Android 14' : 'iOS 17', Family: first ? 'Android' : 'iOS' },
  Platform: 'Mobile',
  UserAgent: first ? 'Mozilla/5.0 (Linux; Android 14)' : 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)',
  ReadSeconds: seconds,
  Geo: { CountryISOCode: 'PT', Country: 'Portugal', City: 'Lisbon' },
  MessageID: messageId,
  ReceivedAt: at,
  Tag: tag,
  Recipient: recipient,
});

// Lumen, a small SaaS, on 14 March 2025: receipts, a password reset and a weekly newsletter went
// out over three days. One receipt was opened twice, the reset once; the newsletter is sent without
// open tracking. Three bounces: a dead address (inactive, hard), a full mailbox (soft) and a hard
// bounce that can no longer be reactivated.
export const demo: Input = {
  messages: {
    'msg-1': receipt(1, 'ana@example.pt', 'Your receipt for February', '2025-03-12T09:15:02Z', 'receipt'),
    'msg-2': {
      ...receipt(2, 'joao@example.pt', 'Reset your password', '2025-03-12T17:40:44Z', 'password-reset'),
      From: 'security@lumen.app',
      TextBody: 'Use the link below within 30 minutes.',
      HtmlBody: null,
      TrackLinks: 'TextOnly',
    },
    'msg-3': receipt(3, 'old-account@defunct.example', 'Your receipt for February', '2025-03-13T08:00:00Z', 'receipt'),
    'msg-4': {
      ...receipt(4, 'team@lumen.app', 'Lumen weekly: 3 new integrations', '2025-03-13T10:30:00Z', 'newsletter', false),
      From: 'news@lumen.app',
      TrackLinks: 'None',
    },
    'msg-5': receipt(5, 'rita@mailbox-full.example', 'Your receipt for February', '2025-03-14T07:05:10Z', 'receipt'),
    'msg-6': { ...receipt(6, 'carlos@example.es', 'Welcome to Lumen', '2025-03-14T08:45:00Z', null), From: 'hello@lumen.app' },
  },
  bounces: {
    1: {
      ID: 1,
      Type: 'HardBounce',
      TypeCode: 1,
      Name: 'Hard bounce',
      Tag: 'receipt',
      MessageID: 'msg-3',
      ServerID: 4021,
      Description: 'The server was unable to deliver your message (no such user).',
      Details: 'smtp;550 5.1.1 The email account that you tried to reach does not exist',
      Email: 'old-account@defunct.example',
      From: 'billing@lumen.app',
      BouncedAt: '2025-03-13T08:00:03Z',
      DumpAvailable: true,
      Inactive: true,
      CanActivate: true,
      Subject: 'Your receipt for February',
      Content: 'Your receipt for February. Thanks for using Lumen.',
    },
    2: {
      ID: 2,
      Type: 'SoftBounce',
      TypeCode: 4096,
      Name: 'Soft bounce/Undeliverable',
      Tag: 'receipt',
      MessageID: 'msg-5',
      ServerID: 4021,
      Description: 'Unable to temporarily deliver this email (mailbox full).',
      Details: 'smtp;452 4.2.2 Mailbox full',
      Email: 'rita@mailbox-full.example',
      From: 'billing@lumen.app',
      BouncedAt: '2025-03-14T07:05:40Z',
      Subject: 'Your receipt for February',
      Content: 'Your receipt for February. Thanks for using Lumen.',
    },
    3: {
      ID: 3,
      Type: 'HardBounce',
      TypeCode: 1,
      Name: 'Hard bounce',
      Tag: null,
      MessageID: 'msg-0',
      ServerID: 4021,
      Description: 'The recipient domain does not accept mail.',
      Details: 'smtp;556 5.1.10 Recipient address has null MX',
      Email: 'old-account@defunct.example',
      From: 'hello@lumen.app',
      BouncedAt: '2025-02-28T12:00:00Z',
      Inactive: true,
      CanActivate: false,
      Subject: 'Welcome to Lumen',
      Content: 'Welcome to Lumen.',
    },
  },
  opens: {
    'msg-1': [
      open('msg-1', 'ana@example.pt', '2025-03-12T09:20:31Z', true, 14, 'receipt'),
      open('msg-1', 'ana@example.pt', '2025-03-13T21:02:11Z', false, 6, 'receipt'),
    ],
    'msg-2': [open('msg-2', 'joao@example.pt', '2025-03-12T17:41:05Z', true, 22, 'password-reset')],
  },
  current_time: '2025-03-14T10:00:00Z',
  next_message_id: 7,
  next_bounce_id: 4,
};
