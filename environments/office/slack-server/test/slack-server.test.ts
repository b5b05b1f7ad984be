import { describe, expect, it } from 'vitest';
import { slackServer as slack } from '../src/index.js';

const demo = () => slack.loadPreset('demo');

function content<T>(name: string, args: Record<string, unknown>, state = demo()): T {
  const outcome = slack.call(state, name, args);
  expect(outcome.isError).toBe(false);
  return outcome.content as T;
}

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, state = demo()) {
  const outcome = slack.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

type Page = { messages: { ts: string; text: string; channel_id?: string; thread_ts?: string }[]; next_cursor: string };
const ids = (args: Record<string, unknown>, state = demo()) =>
  content<{ channels: { id: string }[]; next_cursor: string }>('channels_list', args, state).channels.map((c) => c.id);

describe('channels_list', () => {
  it('lists each type, once per channel, in scenario order', () => {
    expect(ids({ channel_types: 'public_channel' })).toEqual(['C01GENERAL', 'C02ENG', 'C03RANDOM', 'C04DESIGN']);
    expect(ids({ channel_types: ' private_channel , im' })).toEqual(['G05INCIDENT', 'G06LEADS', 'D07ANA', 'D08OMAR']);
    expect(ids({ channel_types: 'mpim' })).toEqual(['M09OFFSITE']);
    expect(ids({ channel_types: 'channels' })).toEqual([]);
  });

  it('sorts by popularity, stable among equals, and pages with a numeric cursor', () => {
    const page = content<{ channels: { id: string }[]; next_cursor: string }>('channels_list', {
      channel_types: 'public_channel,im',
      sort: 'popularity',
      limit: 2,
      cursor: '1',
    });
    expect(page.channels.map((c) => c.id)).toEqual(['C03RANDOM', 'C04DESIGN']);
    expect(page.next_cursor).toBe('3');
    expect(ids({ channel_types: 'public_channel', cursor: 'next' })).toHaveLength(4);
  });

  it('fails for empty types, and for popularity over members that cannot be ordered', () => {
    expectFailure('channels_list', { channel_types: '' }, /channel_types must be a non-empty string/);
    const state = slack.load({
      channels: { A: { id: 'A', is_channel: true, num_members: null }, B: { id: 'B', is_channel: true, num_members: 3 } },
    });
    expectFailure('channels_list', { channel_types: 'public_channel', sort: 'popularity' }, /cannot order num_members/, state);
    expect(ids({ channel_types: 'public_channel' }, state)).toEqual(['A', 'B']);
  });

  it('names a channel entry that is not an object', () => {
    const state = slack.load({ channels: { X: 'oops' } });
    expectFailure('channels_list', { channel_types: 'im' }, 'channels["X"] is a string ("oops"), not an object', state);
    expect(ids({ channel_types: 'nothing' }, state)).toEqual([]);
  });
});

describe('history and replies', () => {
  it('reads a channel by name, leaves out join/leave notices and pages by a digit limit', () => {
    const page = content<Page>('conversations_history', { channel_id: '##engineering', limit: '2' });
    expect(page.messages.map((m) => m.ts)).toEqual(['1776337200.000100', '1776338100.000200']);
    expect(page.next_cursor).toBe('2');
    const all = content<Page>('conversations_history', { channel_id: 'C02ENG', limit: '1d', include_activity_messages: true });
    expect(all.messages).toHaveLength(4);
    expect(content<Page>('conversations_history', { channel_id: 'C02ENG', cursor: '2' }).messages.map((m) => m.ts)).toEqual([
      '1776344400.000400',
    ]);
    expect(content<Page>('conversations_history', { channel_id: '#nowhere' })).toEqual({ messages: [], next_cursor: '' });
  });

  it('refuses a limit of digits that are no number, and an empty channel', () => {
    expectFailure('conversations_history', { channel_id: 'C02ENG', limit: '²' }, /limit "²" is not a number/);
    expectFailure('conversations_history', { channel_id: '' }, /channel_id must be a non-empty string/);
  });

  it('reads a thread, with Python slicing for a negative cursor', () => {
    const replies = content<Page & { thread_ts: string }>('conversations_replies', {
      channel_id: 'any',
      thread_ts: '1776337200.000100',
      include_activity_messages: true,
      cursor: '-1',
    });
    expect(replies).toMatchObject({ next_cursor: '', thread_ts: '1776337200.000100' });
    expect(replies.messages.map((m) => m.ts)).toEqual(['1776337900.000400']);
    expectFailure('conversations_replies', { channel_id: 'C02ENG', thread_ts: 'nope' }, /Thread nope not found/);
    expectFailure('conversations_replies', { channel_id: 'C02ENG', thread_ts: '' }, /thread_ts must be a non-empty string/);
    expectFailure('conversations_replies', { channel_id: '', thread_ts: 'nope' }, /channel_id must be a non-empty string/);
  });
});

describe('conversations_search_messages', () => {
  it('matches text in any case across channels and threads, with a total before paging', () => {
    const found = content<Page & { total: number }>('conversations_search_messages', { search_query: 'CHECKOUT', limit: 2 });
    expect(found.total).toBe(4);
    expect(found.next_cursor).toBe('2');
    expect(found.messages.map((m) => m.channel_id)).toEqual(['C02ENG', 'G05INCIDENT']);
  });

  it('filters by channel name, sender, ts window and threads; replies carry their thread', () => {
    const search = (args: Record<string, unknown>) => content<Page & { total: number }>('conversations_search_messages', args);
    expect(search({ filter_in_channel: '#incident-0416' }).total).toBe(4);
    expect(search({ filter_users_from: 'U04LENA', filter_date_after: '1776337000' }).messages.map((m) => m.ts)).toEqual([
      '1776338100.000200',
      '1776337500.000200',
    ]);
    const threaded = search({ filter_threads_only: true, filter_date_before: '1776312000.000100' });
    expect(threaded.messages.map((m) => [m.ts, m.thread_ts])).toEqual([['1776312000.000100', '1776312000.000100']]);
    const reply = search({ search_query: 'rounding' }).messages[0];
    expect(reply).toMatchObject({ thread_ts: '1776337200.000100' });
    expect(reply?.channel_id).toBeUndefined();
  });

  it('fails on a message whose text is not text when searching', () => {
    const state = slack.load({ messages: { C1: [{ text: 5, ts: '1' }] } });
    expectFailure('conversations_search_messages', { search_query: 'x' }, /text is a number \(5\), not text/, state);
    expect(content<{ total: number }>('conversations_search_messages', {}, state).total).toBe(1);
  });
});

describe('conversations_add_message', () => {
  it('posts as the bot to a channel named with "#", with a ts from the clock', () => {
    const outcome = slack.call(demo(), 'conversations_add_message', { channel_id: '#engineering', payload: 'Deployed 4.12' });
    const message = { type: 'message', user: 'bot', text: 'Deployed 4.12', ts: '20260417.093000000' };
    expect(outcome.content).toEqual({ ok: true, channel: 'C02ENG', ts: '20260417.093000000', message });
    expect((outcome.state.messages.C02ENG as unknown[]).at(-1)).toEqual(message);
  });

  it('starts a thread or a history that did not exist', () => {
    const outcome = slack.call(demo(), 'conversations_add_message', { channel_id: 'C99', payload: 'hi', thread_ts: 'T1' });
    expect(outcome.state.threads.T1).toEqual([{ type: 'message', user: 'bot', text: 'hi', ts: '20260417.093000000', thread_ts: 'T1' }]);
    expect(outcome.state.messages.C99).toBeUndefined();
    const posted = slack.call(slack.load({}), 'conversations_add_message', { channel_id: '#ops', payload: 'x' });
    expect(posted.state.messages).toEqual({ ops: [{ type: 'message', user: 'bot', text: 'x', ts: '20260417.021212000' }] });
  });

  it('refuses an empty channel or payload, and a history that is not a list', () => {
    expectFailure('conversations_add_message', { channel_id: '', payload: 'x' }, /channel_id must be a non-empty string/);
    expectFailure('conversations_add_message', { channel_id: 'C01GENERAL', payload: '' }, /payload must be a non-empty string/);
    const state = slack.load({ messages: { C1: 'text' } });
    expectFailure(
      'conversations_add_message',
      { channel_id: 'C1', payload: 'x' },
      'messages["C1"] is a string ("text"), not a list',
      state,
    );
  });
});
