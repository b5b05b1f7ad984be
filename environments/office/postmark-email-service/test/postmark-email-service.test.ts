import { describe, expect, it } from 'vitest';
import { postmarkEmailService as postmark } from '../src/index.js';

const demo = () => postmark.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, state = demo()) {
  const outcome = postmark.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

const stats = (args: Record<string, unknown>) => postmark.call(demo(), 'get_outbound_stats', args).content as Record<string, number>;

describe('sending', () => {
  it('stores a message under the counter id, stamped with the clock', () => {
    const outcome = postmark.call(demo(), 'send_email', {
      to_email: 'li@example.com',
      subject: 'Invoice',
      text_body: 'Attached.',
      from_email: 'billing@lumen.app',
      tag: 'receipt',
      track_opens: 'false',
    });
    expect(outcome.content).toEqual({
      To: 'li@example.com',
      SubmittedAt: '2025-03-14T10:00:00Z',
      MessageID: 'msg-7',
      ErrorCode: 0,
      Message: 'OK',
    });
    expect(outcome.state.next_message_id).toBe(8);
    expect(outcome.state.messages['msg-7']).toEqual({
      To: 'li@example.com',
      Subject: 'Invoice',
      TextBody: 'Attached.',
      HtmlBody: null,
      From: 'billing@lumen.app',
      Tag: 'receipt',
      TrackOpens: false,
      TrackLinks: 'HtmlAndText',
      MessageID: 'msg-7',
      SubmittedAt: '2025-03-14T10:00:00Z',
      ErrorCode: 0,
      Message: 'OK',
    });
  });

  it('refuses an empty recipient, subject or sender', () => {
    expectFailure('send_email', { to_email: '', subject: 's', from_email: 'f@x.y' }, /to_email must be a non-empty string/);
    expectFailure('send_email', { to_email: 'a@b.c', subject: '', from_email: 'f@x.y' }, /subject must be a non-empty string/);
    expectFailure('send_email', { to_email: 'a@b.c', subject: 's' }, /from_email must be a non-empty string/);
  });

  it('moves past an id the scenario already holds instead of overwriting it', () => {
    const state = postmark.load({ messages: { 'msg-1': { To: 'a', Subject: 's', From: 'f', MessageID: 'msg-1' } } });
    const outcome = postmark.call(state, 'send_email', { to_email: 'b', subject: 't', from_email: 'g' });
    expect((outcome.content as { MessageID: string }).MessageID).toBe('msg-2');
    expect(outcome.state.messages['msg-1']?.To).toBe('a');
    expect(outcome.state.next_message_id).toBe(3);
  });

  it('sends a batch with Postmark field names; missing fields default, empty addresses pass', () => {
    const outcome = postmark.call(postmark.load({}), 'send_email_batch', {
      messages: [
        { To: 'a@b.c', Subject: 'One', TrackOpens: 'yes' },
        { Subject: 'Two', TrackOpens: false, Tag: '' },
      ],
    });
    expect(outcome.content).toEqual({
      results: [
        { To: 'a@b.c', SubmittedAt: '2025-01-01T00:00:00', MessageID: 'msg-1', ErrorCode: 0, Message: 'OK' },
        { To: '', SubmittedAt: '2025-01-01T00:00:00', MessageID: 'msg-2', ErrorCode: 0, Message: 'OK' },
      ],
    });
    expect(outcome.state.messages['msg-1']).toMatchObject({ From: '', TrackOpens: true, TrackLinks: 'HtmlAndText', Tag: null });
    expect(outcome.state.messages['msg-2']).toMatchObject({ To: '', TrackOpens: false, Tag: '' });
  });

  it('sends nothing when one batch item is malformed', () => {
    expectFailure('send_email_batch', { messages: [] }, /messages must be a non-empty list/);
    expectFailure('send_email_batch', { messages: [{ To: 'a' }, 'b'] }, /messages\[1\]: expected an object/);
    expectFailure('send_email_batch', { messages: [{ To: 'a' }, { To: 5 }] }, /messages\[1\]: To/);
    expectFailure('send_email_batch', { messages: [{ TrackLinks: null }] }, /messages\[0\]: TrackLinks/);
    expectFailure('send_email_batch', { messages: [{ TrackOpens: 0.5 }] }, /messages\[0\]: TrackOpens/);
  });
});

describe('reports', () => {
  it('counts sent, bounced and opened mail; opens only for tracked messages', () => {
    expect(stats({})).toEqual({
      Sent: 6,
      HardBounces: 2,
      SoftBounces: 1,
      TotalBounces: 3,
      SpamComplaints: 0,
      Opens: 3,
      UniqueOpens: 2,
      TotalClicks: 0,
      UniqueClicks: 0,
      Unsubscribes: 0,
      Tracked: 5,
    });
  });

  it('narrows messages by tag and window (compared as text), bounces by tag only', () => {
    expect(stats({ tag: 'receipt', from_date: '2025-03-13' })).toMatchObject({
      Sent: 2,
      HardBounces: 1,
      SoftBounces: 1,
      Opens: 0,
      Tracked: 2,
    });
    expect(stats({ to_date: '2025-03-12T23' })).toMatchObject({ Sent: 2, TotalBounces: 3, Opens: 3, UniqueOpens: 2 });
    expect(stats({ tag: '' })).toMatchObject({ Sent: 6 });
    expect(stats({ tag: 'newsletter' })).toMatchObject({ Sent: 1, Tracked: 0, TotalBounces: 0 });
  });

  it('filters bounces by status and address and pages them like a Python slice', () => {
    const bounces = (args: Record<string, unknown>) =>
      postmark.call(demo(), 'get_bounces', args).content as { total_count: number; bounces: { ID: number }[] };
    const ids = (args: Record<string, unknown>) => bounces(args).bounces.map((b) => b.ID);
    expect(ids({})).toEqual([1, 2, 3]);
    expect(ids({ inactive: false })).toEqual([2]);
    expect(ids({ email_filter: 'old-account@defunct.example', offset: 1 })).toEqual([3]);
    expect(bounces({ inactive: true, count: 1, offset: -1 })).toEqual({ total_count: 2, bounces: [] });
    expect(ids({ count: -1 })).toEqual([1, 2]);
  });

  it('pages the open events of a message, and refuses an unknown or empty id', () => {
    const outcome = postmark.call(demo(), 'get_message_opens', { message_id: 'msg-1', offset: 1 });
    const content = outcome.content as { total_count: number; opens: { ReceivedAt: string; FirstOpen: boolean }[] };
    expect(content.total_count).toBe(2);
    expect(content.opens.map((o) => [o.ReceivedAt, o.FirstOpen])).toEqual([['2025-03-13T21:02:11Z', false]]);
    expect(postmark.call(demo(), 'get_message_opens', { message_id: 'msg-6' }).content).toEqual({ total_count: 0, opens: [] });
    expectFailure('get_message_opens', { message_id: 'msg-9' }, 'Message msg-9 not found');
    expectFailure('get_message_opens', { message_id: '' }, /message_id must be a non-empty string/);
  });

  it('finds the opens of a message just sent, after it is recorded', () => {
    const sent = postmark.call(demo(), 'send_email', { to_email: 'z@z.z', subject: 'S', from_email: 'f@f.f', tag: 'receipt' });
    expect(postmark.call(sent.state, 'get_message_opens', { message_id: 'msg-7' }).content).toEqual({ total_count: 0, opens: [] });
    const after = postmark.call(sent.state, 'get_outbound_stats', { tag: 'receipt', from_date: '2025-03-14' }).content;
    expect(after).toMatchObject({ Sent: 2, Tracked: 2, Opens: 0 });
  });
});
