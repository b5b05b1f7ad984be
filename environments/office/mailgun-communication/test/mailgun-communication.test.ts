import { describe, expect, it } from 'vitest';
import { mailgunCommunication as mailgun } from '../src/index.js';

const demo = () => mailgun.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = mailgun.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('sending', () => {
  it('queues a message with the next id and logs an accepted event for the sender domain', () => {
    const outcome = mailgun.call(demo(), 'send_email', { to_email: 'dana@example.org', subject: 'Your receipt #1044', text: 'Thanks!' });
    expect(outcome.content).toEqual({ id: 'msg_4', message: 'Queued. Thank you.', status: 'queued' });
    expect(outcome.state.emails.msg_4).toEqual({
      id: 'msg_4',
      to_email: 'dana@example.org',
      subject: 'Your receipt #1044',
      status: 'queued',
      timestamp: 1741615200,
    });
    expect(outcome.state.events.at(-1)).toEqual({
      event: 'accepted',
      id: 'evt_10',
      timestamp: 1741615200,
      recipient: 'dana@example.org',
      domain: 'mg.shop.example',
      message: { headers: { subject: 'Your receipt #1044' } },
    });
  });

  it('stores MIME messages under a fixed subject, from the given sender', () => {
    const outcome = mailgun.call(demo(), 'send_mime_email', {
      to_email: 'eli@example.com',
      mime_message: 'MIME-Version: 1.0',
      from_email: 'hello@news.shop.example',
    });
    expect(outcome.content).toEqual({ id: 'msg_4', message: 'Queued. Thank you.' });
    expect(outcome.state.emails.msg_4?.subject).toBe('MIME Message');
    expect(outcome.state.events.at(-1)).toMatchObject({ domain: 'news.shop.example', message: {} });
  });

  it('takes the next free id where the scenario numbering has a gap, instead of overwriting', () => {
    const start = mailgun.load({ emails: { msg_2: { id: 'msg_2', to_email: 'a@b.c', subject: 'x', status: 'q', timestamp: 1 } } });
    const outcome = mailgun.call(start, 'send_email', { to_email: 'x@y.z', subject: 's', text: 't' });
    expect(Object.keys(outcome.state.emails)).toEqual(['msg_2', 'msg_3']);
  });

  it('refuses a bad recipient, a sender without @, and a clock that is not a real time, sending nothing', () => {
    expectFailure(
      'send_email',
      { to_email: 'x@localhost', subject: 's', text: 't' },
      'to_email must be an email address like name@example.com',
    );
    expectFailure(
      'send_email',
      { to_email: 'x@y.z', subject: 's', text: 't', from_email: 'noat' },
      'from_email "noat" has no @domain part to send from',
    );
    expectFailure('send_email', { to_email: 'x@y.z', subject: 's', text: '' }, 'text must be a non-empty string');
    expectFailure(
      'send_email',
      { to_email: 'x@y.z', subject: 's', text: 't' },
      /current_time "2025-13-01T00:00:00" is not a real date/,
      mailgun.load({ current_time: '2025-13-01T00:00:00' }),
    );
  });
});

describe('events and stats', () => {
  it('filters a domain’s events by type and RFC 2822 window, then limits like a slice', () => {
    const ids = (args: Record<string, unknown>) =>
      (mailgun.call(demo(), 'get_events', { domain: 'mg.shop.example', ...args }).content as { items: { id: string }[] }).items.map(
        (e) => e.id,
      );
    expect(ids({})).toEqual(['evt_1', 'evt_2', 'evt_3', 'evt_4', 'evt_5']);
    expect(ids({ event_types: ['delivered', 'failed'] })).toEqual(['evt_2', 'evt_5']);
    expect(ids({ begin_time: 'Mon, 10 Mar 2025 09:00:04 GMT', end_time: 'mon, 10 mar 2025 10:00:03 utc' })).toEqual([
      'evt_2',
      'evt_3',
      'evt_4',
      'evt_5',
    ]);
    expect(ids({ limit: -2 })).toEqual(['evt_1', 'evt_2', 'evt_3']);
    expectFailure('get_events', { domain: 'mg.shop.example', begin_time: '2025-03-10' }, /begin_time must be an RFC 2822 date/);
    expectFailure('get_events', { domain: 'other.example' }, 'Domain other.example not found');
  });

  it('counts a domain’s events by type', () => {
    expect(mailgun.call(demo(), 'get_stats', { domain: 'news.shop.example' }).content).toEqual({
      stats: [
        {
          time: '2025-03-10T14:00:00',
          accepted: { incoming: 0, outgoing: 1 },
          delivered: { smtp: 1, http: 0 },
          failed: { temporary: 0, permanent: 0 },
          opened: 0,
          clicked: 1,
          complained: 1,
          unsubscribed: 0,
        },
      ],
      total_stats: { accepted: 1, delivered: 1, clicked: 1, complained: 1 },
    });
    expect((mailgun.call(demo(), 'get_stats', { domain: 'support.shop.example' }).content as { total_stats: object }).total_stats).toEqual(
      {},
    );
  });
});

describe('validate_email', () => {
  it('accepts exactly one @ and splits the address', () => {
    expect(mailgun.call(demo(), 'validate_email', { email: 'a@b' }).content).toEqual({
      address: 'a@b',
      is_valid: true,
      mailbox_verification: 'unknown',
      parts: { local_part: 'a', domain: 'b', display_name: '' },
      did_you_mean: '',
    });
    expect(mailgun.call(demo(), 'validate_email', { email: 'a@b@c' }).content).toMatchObject({
      is_valid: false,
      mailbox_verification: 'false',
      parts: {},
    });
  });
});
