import { describe, expect, it } from 'vitest';
import { message as env } from '../src/index.js';

const demo = () => env.loadPreset('demo');
const asMaya = () => ({ ...demo(), current_user_id: 'user_001' });

function call(state: ReturnType<typeof demo>, name: string, args: Record<string, unknown> = {}) {
  const outcome = env.call(state, name, args);
  expect(outcome.isError).toBe(false);
  return outcome;
}

function expectFailure(state: ReturnType<typeof demo>, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const outcome = env.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(state);
}

describe('scenario', () => {
  it('loads the five default users with the default clock, and the demo preset', () => {
    const world = env.load({});
    expect(Object.values(world.users).map((user) => user.username)).toEqual(['alice', 'bob', 'charlie', 'david', 'eve']);
    expect(world.current_time).toBe('2025-01-01T00:00:00');
    expect(world.next_user_id_counter).toBe(6);
    expect(Object.keys(demo().messages)).toHaveLength(17);
  });

  it('refuses a username outside letters, digits and CJK ideographs', () => {
    expect(() => env.load({ users: { u1: { user_id: 'u1', username: 'ann-marie' } } })).toThrow(/username/);
  });
});

describe('session', () => {
  it('logs in by user id, reports the status, and logs out', () => {
    const login = call(demo(), 'login', { user_id: 'user_005' });
    expect(login.content).toEqual({ success: true, user_id: 'user_005', message: 'Login successful' });
    expect(call(login.state, 'check_login_status').content).toEqual({ is_logged_in: true, user_id: 'user_005' });
    const logout = call(login.state, 'logout');
    expect(logout.content).toEqual({ success: true, message: 'Logout successful' });
    expect(call(logout.state, 'check_login_status').content).toEqual({ is_logged_in: false });
  });

  it('answers success: false for an unknown user or when nobody is logged in', () => {
    const state = demo();
    const unknown = call(state, 'login', { user_id: 'user_009' });
    expect(unknown.content).toEqual({ success: false, message: "User ID 'user_009' not found" });
    expect(unknown.state.current_user_id).toBeNull();
    expect(call(state, 'logout').content).toEqual({ success: false, message: 'No user is currently logged in' });
    expect(call({ ...state, current_user_id: '' }, 'check_login_status').content).toEqual({ is_logged_in: false });
    expectFailure(state, 'login', { user_id: '' }, 'user_id must be a non-empty string');
  });
});

describe('users', () => {
  it('lists users and finds an id by exact username', () => {
    expect(call(env.load({}), 'list_users').content).toEqual([
      { username: 'alice', user_id: 'user_001' },
      { username: 'bob', user_id: 'user_002' },
      { username: 'charlie', user_id: 'user_003' },
      { username: 'david', user_id: 'user_004' },
      { username: 'eve', user_id: 'user_005' },
    ]);
    expect(call(demo(), 'get_user_id', { username: '李华' }).content).toEqual({ user_id: 'user_005', username: '李华' });
    expectFailure(demo(), 'get_user_id', { username: 'MAYA' }, /Username 'MAYA' not found/);
    expectFailure(demo(), 'get_user_id', { username: '' }, 'username must be a non-empty string');
  });

  it('adds a contact under the next id, without needing a login', () => {
    const added = call(demo(), 'add_contact', { username: 'Maya' });
    expect(added.content).toEqual({
      success: true,
      username: 'Maya',
      user_id: 'user_009',
      message: "Contact 'Maya' added successfully with user ID 'user_009'",
    });
    expect(added.state.users.user_009).toEqual({ user_id: 'user_009', username: 'Maya' });
    expect(added.state.next_user_id_counter).toBe(10);
    expect(call({ ...demo(), next_user_id_counter: 1234 }, 'add_contact', { username: 'x' }).content).toMatchObject({
      user_id: 'user_1234',
    });
  });

  it('takes the next free id when the counter points at a taken one', () => {
    const added = call({ ...demo(), next_user_id_counter: 7 }, 'add_contact', { username: 'nina' });
    expect(added.content).toMatchObject({ user_id: 'user_009' });
    expect(added.state.users.user_007?.username).toBe('olivia');
    expect(added.state.next_user_id_counter).toBe(10);
  });

  it('refuses a taken, empty or badly formed username', () => {
    expectFailure(demo(), 'add_contact', { username: 'maya' }, "Username 'maya' already exists");
    expectFailure(demo(), 'add_contact', { username: '' }, 'username must be a non-empty string');
    expectFailure(demo(), 'add_contact', { username: 'ñ' }, /not allowed/);
    expectFailure(demo(), 'add_contact', { username: 'abc\n' }, /not allowed/);
  });
});

describe('send_message', () => {
  it('stores the message from the logged-in user, stamped with the clock', () => {
    const sent = call(asMaya(), 'send_message', { receiver_id: 'user_004', message: 'Proofs look good' });
    expect(sent.content).toEqual({
      success: true,
      message_id: 19,
      receiver_id: 'user_004',
      sent_at: '2025-03-14 16:45:00',
      message: 'Message sent successfully',
    });
    expect(sent.state.messages['19']).toEqual({
      message_id: 19,
      sender_id: 'user_001',
      receiver_id: 'user_004',
      message: 'Proofs look good',
      sent_at: '2025-03-14 16:45:00',
      is_read: false,
    });
    expect(sent.state.next_message_id).toBe(20);
  });

  it('skips ids already used when the counter is behind', () => {
    const sent = call({ ...asMaya(), next_message_id: 17 }, 'send_message', { receiver_id: 'user_002', message: 'hi' });
    expect(sent.content).toMatchObject({ message_id: 19 });
    expect(sent.state.messages['17']?.message).toBe('Pushed deck v4 with the logo fix.');
  });

  it('checks the arguments, then the login, the receiver and the text', () => {
    expectFailure(demo(), 'send_message', { receiver_id: '', message: '' }, 'receiver_id must be a non-empty string');
    expectFailure(demo(), 'send_message', { receiver_id: 'nobody', message: '' }, 'message must be a non-empty string');
    expectFailure(demo(), 'send_message', { receiver_id: 'nobody', message: 'hi' }, /Authentication required/);
    expectFailure(asMaya(), 'send_message', { receiver_id: 'nobody', message: ' ' }, /Receiver ID 'nobody' not found/);
    expectFailure(asMaya(), 'send_message', { receiver_id: 'user_002', message: '\u001c\u0085 ' }, /cannot be empty/);
  });
});

describe('reading messages', () => {
  it('pages the inbox newest first, naming unknown senders "Unknown"', () => {
    expect(call(asMaya(), 'view_inbox', { limit: '2', offset: '1' }).content).toEqual([
      {
        message_id: 16,
        sender_id: 'user_003',
        sender_username: 'priya',
        message: 'Review deck feedback: slide 4 needs the new logo.',
        received_at: '2025-03-14 10:05:12',
      },
      {
        message_id: 12,
        sender_id: 'user_009',
        sender_username: 'Unknown',
        message: 'Handing over my accounts before I leave, see the doc.',
        received_at: '2025-03-13 08:00:00',
      },
    ]);
    expect(call(asMaya(), 'view_inbox', { limit: 0 }).content).toEqual([]);
  });

  it('lists sent messages, filtered by receiver (an empty receiver matches nobody)', () => {
    expect(call(asMaya(), 'view_sent_messages', { receiver_id: 'user_006' }).content).toEqual([
      {
        message_id: 11,
        receiver_id: 'user_006',
        receiver_username: 'sam2',
        message: 'Got the invoice, forwarding to finance.',
        sent_at: '2025-03-12 15:02:33',
      },
    ]);
    expect(call(asMaya(), 'view_sent_messages', { receiver_id: '' }).content).toEqual([]);
    expect((call(asMaya(), 'view_sent_messages').content as unknown[]).map((m) => (m as { message_id: number }).message_id)).toEqual([
      11, 9, 4, 1,
    ]);
  });

  it('refuses negative or null paging and a missing login', () => {
    expectFailure(asMaya(), 'view_inbox', { limit: -1 }, 'Limit must be a non-negative integer');
    expectFailure(demo(), 'view_inbox', { offset: -1 }, 'Offset must be a non-negative integer');
    expectFailure(demo(), 'view_inbox', {}, /Authentication required/);
    expectFailure(asMaya(), 'view_inbox', { limit: null }, /limit must be a non-negative integer/);
    expectFailure(asMaya(), 'view_sent_messages', { offset: null }, /offset must be a non-negative integer/);
  });

  it('shows one message, with is_read only to its receiver', () => {
    expect(call(asMaya(), 'get_message', { message_id: '17' }).content).toEqual({
      message_id: 17,
      sender_id: 'user_002',
      receiver_id: 'user_001',
      message: 'Pushed deck v4 with the logo fix.',
      sent_at: '2025-03-14 11:40:00',
      is_read: false,
    });
    expect(call(demo(), 'get_message', { message_id: 13 }).content).not.toHaveProperty('is_read');
    expectFailure(demo(), 'get_message', { message_id: 7 }, "Message ID '7' not found");
    expectFailure(demo(), 'get_message', { message_id: -1 }, 'message_id must be a non-negative integer');
  });
});

describe('delete_message', () => {
  it('deletes a message the user sent or received', () => {
    const deleted = call(asMaya(), 'delete_message', { message_id: 12 });
    expect(deleted.content).toEqual({ success: true, message_id: 12, message: 'Message deleted successfully' });
    expect(deleted.state.messages).not.toHaveProperty('12');
  });

  it("refuses somebody else's message, an unknown id and a missing login", () => {
    expectFailure(asMaya(), 'delete_message', { message_id: 18 }, /not yours/);
    expectFailure(asMaya(), 'delete_message', { message_id: 7 }, "Message ID '7' not found");
    expectFailure(demo(), 'delete_message', { message_id: 1 }, /Authentication required/);
    expectFailure(demo(), 'delete_message', { message_id: -2 }, 'message_id must be a non-negative integer');
  });
});

describe('search_messages', () => {
  it('matches case-insensitively among the user’s own messages, newest first', () => {
    expect(call(asMaya(), 'search_messages', { keyword: 'DECK', limit: 2 }).content).toEqual([
      {
        message_id: 17,
        sender_id: 'user_002',
        receiver_id: 'user_001',
        message: 'Pushed deck v4 with the logo fix.',
        sent_at: '2025-03-14 11:40:00',
      },
      {
        message_id: 16,
        sender_id: 'user_003',
        receiver_id: 'user_001',
        message: 'Review deck feedback: slide 4 needs the new logo.',
        sent_at: '2025-03-14 10:05:12',
      },
    ]);
    const ids = (args: Record<string, unknown>) =>
      (call(asMaya(), 'search_messages', args).content as { message_id: number }[]).map((m) => m.message_id);
    expect(ids({ keyword: 'deck', limit: null })).toEqual([17, 16, 10, 2, 1]);
    expect(ids({ keyword: 'deck', sender_id: '', receiver_id: 'user_002' })).toEqual([1]);
    // Olivia's message to Priya says REVIEW, but Maya is not part of it.
    expect(ids({ keyword: 'review' })).toEqual([16, 3]);
  });

  it('refuses an empty keyword, a negative limit, a missing login and a blank keyword', () => {
    expectFailure(demo(), 'search_messages', { keyword: '', limit: -3 }, 'keyword must be a non-empty string');
    expectFailure(demo(), 'search_messages', { keyword: 'x', limit: -3 }, 'Limit must be a non-negative integer');
    expectFailure(demo(), 'search_messages', { keyword: 'x' }, /Authentication required/);
    expectFailure(asMaya(), 'search_messages', { keyword: '  ' }, /only whitespace/);
  });
});

describe('get_message_stats', () => {
  it('counts sent and received messages by contact, whatever the period', () => {
    const expected = {
      total_sent: 4,
      total_received: 7,
      total_contacts: 5,
      messages_by_contact: { user_002: 3, user_003: 3, user_005: 2, user_006: 2, user_009: 1 },
    };
    expect(call(asMaya(), 'get_message_stats').content).toEqual(expected);
    expect(call(asMaya(), 'get_message_stats', { time_period: 'week' }).content).toEqual(expected);
    expect(call(asMaya(), 'get_message_stats', { time_period: null }).content).toEqual(expected);
  });

  it('counts a note to oneself once, as sent, and leaves out the map when there is nothing', () => {
    expect(call({ ...demo(), current_user_id: 'user_004' }, 'get_message_stats').content).toEqual({
      total_sent: 2,
      total_received: 1,
      total_contacts: 2,
      messages_by_contact: { user_002: 2, user_004: 1 },
    });
    expect(call({ ...demo(), current_user_id: 'user_009' }, 'get_message_stats').content).toEqual({
      total_sent: 2,
      total_received: 0,
      total_contacts: 2,
      messages_by_contact: { user_001: 1, user_002: 1 },
    });
    expect(call({ ...env.load({}), current_user_id: 'user_001' }, 'get_message_stats').content).toEqual({
      total_sent: 0,
      total_received: 0,
      total_contacts: 0,
    });
  });

  it('refuses an unknown period before checking the login', () => {
    expectFailure(demo(), 'get_message_stats', { time_period: 'ALL' }, /time_period must be one of today, week, month, year, all/);
    expectFailure(demo(), 'get_message_stats', {}, /Authentication required/);
  });
});
