import { describe, expect, it } from 'vitest';
import { resendEmailService as resend } from '../src/index.js';

const demo = () => resend.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = demo();
  const outcome = resend.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

describe('sending', () => {
  it('stores an email stamped with the clock under the next id, with the default sender', () => {
    const outcome = resend.call(demo(), 'send_email', {
      to: 'li@example.com',
      subject: 'Invoice',
      text: 'Attached.',
      reply_to: 'billing@acme.dev',
      cc: ['ops@acme.dev'],
    });
    expect(outcome.content).toEqual({ id: 'email_4' });
    expect(outcome.state.emails.email_4).toEqual({
      id: 'email_4',
      to: ['li@example.com'],
      from_email: 'noreply@example.com',
      created_at: '2025-05-12T10:30:00Z',
      subject: 'Invoice',
      html: null,
      text: 'Attached.',
      bcc: [],
      cc: ['ops@acme.dev'],
      reply_to: ['billing@acme.dev'],
      last_event: 'sent',
      status: 'delivered',
      scheduled_at: null,
    });
  });

  it('sends a batch in order, or nothing when one item is malformed', () => {
    const outcome = resend.call(demo(), 'send_batch_emails', {
      emails: [
        { to: 'a@b.c', subject: 'One', from: 'x@acme.dev' },
        { to: 'd@e.f', subject: 'Two' },
      ],
    });
    expect(outcome.content).toEqual({
      data: [
        { id: 'email_4', to: 'a@b.c', from: 'x@acme.dev', created_at: '2025-05-12T10:30:00Z' },
        { id: 'email_5', to: 'd@e.f', from: 'noreply@example.com', created_at: '2025-05-12T10:30:00Z' },
      ],
    });
    expectFailure('send_batch_emails', { emails: [{ to: 'a@b.c', subject: 'One' }, { subject: 'Two' }] }, 'emails[1] has no "to"');
    expectFailure('send_batch_emails', { emails: [{ to: 'a@b.c', subject: 'One', bcc: 'x@y.z' }] }, /emails\[0\]: bcc/);
    expectFailure('send_batch_emails', { emails: [] }, 'Emails list is required');
  });

  it('refuses a missing recipient or subject', () => {
    expectFailure('send_email', { to: '', subject: 's' }, 'Recipient email address is required');
    expectFailure('send_email', { to: 'a@b.c', subject: '' }, 'Subject is required');
  });
});

describe('reading and rescheduling', () => {
  it('reads an email, lists emails sliced like Python, and reschedules', () => {
    expect(resend.call(demo(), 'get_email', { email_id: 'email_2' }).content).toMatchObject({
      object: 'email',
      from: 'security@acme.dev',
      reply_to: ['support@acme.dev'],
      last_event: 'bounced',
    });
    const ids = (limit: number | null) =>
      (resend.call(demo(), 'list_emails', limit === null ? {} : { limit }).content as { data: { id: string }[] }).data.map((e) => e.id);
    expect(ids(null)).toEqual(['email_1', 'email_2', 'email_3']);
    expect(ids(0)).toEqual(['email_1', 'email_2', 'email_3']);
    expect(ids(-1)).toEqual(['email_1', 'email_2']);
    const moved = resend.call(demo(), 'update_email', { email_id: 'email_3', scheduled_at: '2025-05-17T09:00:00Z' });
    expect(moved.content).toEqual({ id: 'email_3', scheduled_at: '2025-05-17T09:00:00Z' });
    expect(resend.call(demo(), 'update_email', { email_id: 'email_1' }).content).toEqual({ id: 'email_1', scheduled_at: null });
    expectFailure('get_email', { email_id: 'email_9' }, 'Email email_9 not found');
    expectFailure('update_email', { email_id: '' }, 'Email ID is required');
  });
});
