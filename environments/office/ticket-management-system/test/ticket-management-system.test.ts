import type { CallOutcome } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { ticketManagementSystem as desk } from '../src/index.js';

type State = ReturnType<typeof desk.load>;

const demo = () => desk.loadPreset('demo');

/** The demo world with `username` signed in. */
function signedIn(username: string, password: string): State {
  const outcome = desk.call(demo(), 'login', { username, password });
  expect(outcome.content).toMatchObject({ success: true });
  return outcome.state;
}
const asAlice = () => signedIn('alice', 'alice123');
const asSupport = () => signedIn('support2', 'night-shift-42');

function run(state: State, name: string, args: Record<string, unknown> = {}): CallOutcome<State> {
  return desk.call(state, name, args);
}

function expectFailure(before: State, name: string, args: Record<string, unknown>, message: string) {
  const outcome = run(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toContain(message);
  expect(outcome.state).toBe(before);
}

describe('the default world', () => {
  it('has nobody registered, five staff names and the reference clock', () => {
    expect(desk.load({})).toEqual({
      users: {},
      tickets: {},
      comments: {},
      sessions: {},
      next_ticket_id: 1,
      next_comment_id: 1,
      staffUsers: ['admin', 'support1', 'support2', 'support3', 'manager'],
      current_time: '2024-01-01 00:00:00',
    });
  });

  it('reads integer ticket keys the way the reference does', () => {
    const ticket = { ticket_id: 1, title: 't', created_by: 'u', created_at: '2024-01-01 00:00:00', updated_at: '2024-01-01 00:00:00' };
    expect(Object.keys(desk.load({ tickets: { '01': ticket } }).tickets)).toEqual(['1']);
  });
});

describe('sessions', () => {
  it('signs in with the right password and stamps a token from the clock', () => {
    const outcome = run(demo(), 'login', { username: 'support2', password: 'night-shift-42' });
    expect(outcome.content).toEqual({ success: true, session_token: 'session_support2_51764', username: 'support2' });
    expect(desk.save(outcome.state)).toMatchObject({
      sessions: { bob: 'session_bob_48213', support2: 'session_support2_51764' },
      current_session_token: 'session_support2_51764',
    });
    expect(run(outcome.state, 'check_login_status').content).toEqual({ is_authenticated: true, username: 'support2' });
  });

  it('answers a wrong password or unknown user with success false and changes nothing', () => {
    for (const args of [
      { username: 'alice', password: 'nope' },
      { username: 'ghost', password: 'x' },
    ]) {
      const before = demo();
      const outcome = run(before, 'login', args);
      expect(outcome.content).toEqual({ success: false, session_token: '', username: '' });
      expect(desk.save(outcome.state)).toEqual(desk.save(before));
    }
  });

  it('refuses an empty username or password', () => {
    expectFailure(demo(), 'login', { username: '', password: 'x' }, 'Username must be a non-empty string');
    expectFailure(demo(), 'login', { username: 'alice', password: '' }, 'Password must be a non-empty string');
  });

  it('starts signed out even with a stored session, and a stored empty token counts as signed in', () => {
    expect(run(demo(), 'check_login_status').content).toEqual({ is_authenticated: false, username: '' });
    const odd = desk.load({ sessions: { zed: '' } });
    expect(run(odd, 'check_login_status').content).toEqual({ is_authenticated: true, username: 'zed' });
  });

  it('logs out once: the session is removed and tools refuse afterwards', () => {
    const out = run(asAlice(), 'logout');
    expect(out.content).toEqual({ success: true });
    expect(desk.save(out.state)).toMatchObject({ sessions: { bob: 'session_bob_48213' } });
    // Signed out, the state has no session field: it saves as the reference's scenario does.
    expect(desk.save(out.state)).not.toHaveProperty('current_session_token');
    expect(run(out.state, 'logout').content).toEqual({ success: false });
    expectFailure(out.state, 'list_tickets', {}, 'Authentication required');
  });
});

describe('creating tickets', () => {
  it('opens a ticket under the next id, by the signed-in user, at the current time', () => {
    const outcome = run(asAlice(), 'create_ticket', {
      title: 'Printer on fire',
      description: 'Literally.',
      priority: '5',
      category: 'hardware',
      assignee: 'support3',
    });
    expect(outcome.content).toEqual({
      ticket_id: 11,
      title: 'Printer on fire',
      description: 'Literally.',
      status: 'open',
      priority: 5,
      category: 'hardware',
      created_by: 'alice',
      created_at: '2025-03-18 09:30:00',
      assignee: 'support3',
    });
    expect(run(outcome.state, 'get_ticket', { ticket_id: 11 }).content).toEqual({
      ticket_id: 11,
      title: 'Printer on fire',
      description: 'Literally.',
      status: 'open',
      priority: 5,
      category: 'hardware',
      created_by: 'alice',
      created_at: '2025-03-18 09:30:00',
      updated_at: '2025-03-18 09:30:00',
      assignee: 'support3',
      resolution: null,
    });
    expect(desk.save(outcome.state).next_ticket_id).toBe(12);
  });

  it('uses the defaults and keeps an empty assignee as given', () => {
    expect(run(asAlice(), 'create_ticket', { title: 'z', assignee: '' }).content).toMatchObject({
      description: '',
      priority: 1,
      category: 'general',
      assignee: '',
    });
  });

  it('refuses an empty title, no sign-in, a non-staff assignee and a priority outside 1–5', () => {
    expectFailure(demo(), 'create_ticket', { title: '' }, 'Title must be a non-empty string');
    expectFailure(demo(), 'create_ticket', { title: 'x' }, 'Authentication required');
    expectFailure(asAlice(), 'create_ticket', { title: 'x', assignee: 'bob' }, 'Invalid assignee');
    expectFailure(asAlice(), 'create_ticket', { title: 'x', priority: 6 }, 'Priority must be between 1 and 5');
    expectFailure(asAlice(), 'create_ticket', { title: 'x', priority: 0 }, 'Priority must be between 1 and 5');
  });
});

describe('reading tickets', () => {
  it('reads a ticket without signing in, and refuses ids below 1 or unknown', () => {
    expect(run(demo(), 'get_ticket', { ticket_id: '6' }).content).toMatchObject({
      title: 'Refund for duplicate charge',
      status: 'resolved',
    });
    expectFailure(demo(), 'get_ticket', { ticket_id: 0 }, 'Ticket ID must be a positive integer');
    expectFailure(demo(), 'get_ticket', { ticket_id: 404 }, 'Ticket 404 not found');
  });

  it('lists with filters and paging, ignoring an empty status and priority 0', () => {
    const ids = (args: Record<string, unknown>) =>
      (run(asAlice(), 'list_tickets', args).content as { tickets: { ticket_id: number }[] }).tickets.map((t) => t.ticket_id);
    expect(ids({})).toEqual([1, 2, 3, 4, 5]);
    expect(ids({ limit: 20 })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ids({ status: 'open', limit: 3, offset: 1 })).toEqual([4, 8, 9]);
    expect(ids({ category: 'bug', priority: 3 })).toEqual([8, 10]);
    expect(ids({ status: '', priority: 0, limit: 2 })).toEqual([1, 2]);
    expect(ids({ assignee: 'support1' })).toEqual([1, 5]);
    expect(ids({ limit: 0 })).toEqual([]);
    expect(ids({ offset: 100 })).toEqual([]);
  });

  it('refuses a negative limit or offset, then no sign-in', () => {
    expectFailure(asAlice(), 'list_tickets', { limit: -1 }, 'Limit and offset must be non-negative');
    expectFailure(asAlice(), 'list_tickets', { offset: -1 }, 'Limit and offset must be non-negative');
    expectFailure(demo(), 'list_tickets', {}, 'Authentication required');
  });

  it('searches titles and descriptions ignoring case', () => {
    const found = run(asAlice(), 'search_tickets', { query: 'EXPORT' }).content as { tickets: { ticket_id: number }[] };
    expect(found.tickets.map((t) => t.ticket_id)).toEqual([3, 10]);
    expect(run(asAlice(), 'search_tickets', { query: 'password', status: 'closed' }).content).toEqual({
      tickets: [
        {
          ticket_id: 5,
          title: 'Password reset email never arrives',
          description: 'Checked spam too. Using a company domain.',
          status: 'closed',
          priority: 2,
          created_by: 'bob',
          created_at: '2025-03-14 07:55:00',
        },
      ],
    });
    expectFailure(asAlice(), 'search_tickets', { query: '' }, 'Query must be a non-empty string');
    expectFailure(asAlice(), 'search_tickets', { query: 'x', limit: 0 }, 'Limit must be positive');
  });

  it('lists a user’s own tickets by default, or another user’s', () => {
    const ids = (state: State, args: Record<string, unknown>) =>
      (run(state, 'get_user_tickets', args).content as { tickets: { ticket_id: number }[] }).tickets.map((t) => t.ticket_id);
    expect(ids(asAlice(), {})).toEqual([1, 3, 7]);
    expect(ids(asAlice(), { username: 'bob', status: 'closed' })).toEqual([5]);
    expect(ids(asAlice(), { username: '' })).toEqual([]);
    expect(ids(asAlice(), { username: 'chloé', limit: 2 })).toEqual([4, 6]);
    expectFailure(asAlice(), 'get_user_tickets', { limit: 0 }, 'Limit must be positive');
  });
});

describe('changing tickets', () => {
  it('updates the given fields in order and stamps the time even with no change', () => {
    const outcome = run(asSupport(), 'update_ticket', {
      ticket_id: 3,
      status: 'in_progress',
      assignee: 'support2',
      title: 'Export times out',
    });
    expect(outcome.content).toEqual({
      ticket_id: 3,
      status: 'Ticket updated successfully',
      updated_fields: ['title', 'assignee', 'status'],
      updated_at: '2025-03-18 09:30:00',
    });
    expect(run(outcome.state, 'get_ticket', { ticket_id: 3 }).content).toMatchObject({
      title: 'Export times out',
      assignee: 'support2',
      status: 'in_progress',
    });
    const unassigned = run(outcome.state, 'update_ticket', { ticket_id: 3, assignee: '' });
    expect(run(unassigned.state, 'get_ticket', { ticket_id: 3 }).content).toMatchObject({ assignee: null });
    expect(run(asSupport(), 'update_ticket', { ticket_id: 4 }).content).toMatchObject({ updated_fields: [] });
  });

  it('refuses a bad id, no sign-in, an unknown ticket, a non-staff assignee and a priority outside 1–5', () => {
    expectFailure(asSupport(), 'update_ticket', { ticket_id: 0 }, 'Ticket ID must be a positive integer');
    expectFailure(demo(), 'update_ticket', { ticket_id: 3 }, 'Authentication required');
    expectFailure(asSupport(), 'update_ticket', { ticket_id: 99 }, 'Ticket 99 not found');
    expectFailure(asSupport(), 'update_ticket', { ticket_id: 3, title: 'kept?', assignee: 'alice' }, 'Invalid assignee');
    expectFailure(asSupport(), 'update_ticket', { ticket_id: 3, priority: 9 }, 'Priority must be between 1 and 5');
  });

  it('closes and resolves tickets', () => {
    expect(run(asSupport(), 'close_ticket', { ticket_id: 4 }).content).toEqual({
      ticket_id: 4,
      status: 'closed',
      message: 'Ticket closed successfully',
      updated_at: '2025-03-18 09:30:00',
    });
    const resolved = run(asSupport(), 'resolve_ticket', { ticket_id: 10, resolution: 'Patched the renderer.' });
    expect(resolved.content).toEqual({
      ticket_id: 10,
      status: 'resolved',
      resolution: 'Patched the renderer.',
      resolved_at: '2025-03-18 09:30:00',
      updated_at: '2025-03-18 09:30:00',
    });
    expect(run(resolved.state, 'get_ticket', { ticket_id: 10 }).content).toMatchObject({
      status: 'resolved',
      resolution: 'Patched the renderer.',
    });
    expectFailure(asSupport(), 'close_ticket', { ticket_id: -3 }, 'Ticket ID must be a positive integer');
    expectFailure(asSupport(), 'close_ticket', { ticket_id: 404 }, 'Ticket 404 not found');
    expectFailure(demo(), 'close_ticket', { ticket_id: 4 }, 'Authentication required');
    expectFailure(asSupport(), 'resolve_ticket', { ticket_id: 10, resolution: '' }, 'Resolution must be a non-empty string');
  });
});

describe('comments', () => {
  it('adds comments under the next id', () => {
    const outcome = run(asAlice(), 'add_comment', { ticket_id: 3, comment: 'Any news?' });
    expect(outcome.content).toEqual({
      comment_id: 7,
      ticket_id: 3,
      comment: 'Any news?',
      author: 'alice',
      is_internal: false,
      created_at: '2025-03-18 09:30:00',
    });
    expect(desk.save(outcome.state).next_comment_id).toBe(8);
    expectFailure(asAlice(), 'add_comment', { ticket_id: 3, comment: '' }, 'Comment must be a non-empty string');
    expectFailure(asAlice(), 'add_comment', { ticket_id: 77, comment: 'x' }, 'Ticket 77 not found');
  });

  it('shows internal notes only to staff who ask for them', () => {
    const ids = (state: State, include_internal: boolean) =>
      (
        run(state, 'get_ticket_comments', { ticket_id: 2, include_internal }).content as { comments: { comment_id: number }[] }
      ).comments.map((c) => c.comment_id);
    expect(ids(asSupport(), true)).toEqual([3, 4]);
    expect(ids(asSupport(), false)).toEqual([4]);
    expect(ids(asAlice(), true)).toEqual([4]);
    expectFailure(asAlice(), 'get_ticket_comments', { ticket_id: 404 }, 'Ticket 404 not found');
  });
});

describe('statistics', () => {
  it('counts tickets and averages resolution hours of resolved tickets with a resolution', () => {
    expect(run(asSupport(), 'get_ticket_statistics', { time_period: 'week' }).content).toEqual({
      total_tickets: 10,
      open_tickets: 5,
      in_progress_tickets: 1,
      resolved_tickets: 3,
      closed_tickets: 1,
      average_resolution_time: 15.5,
      tickets_by_category: { account: 2, billing: 2, bug: 3, feature: 1, general: 2 },
      tickets_by_priority: { 1: 2, 2: 2, 3: 3, 4: 2, 5: 1 },
    });
  });

  it('skips resolved tickets whose timestamps are not real dates, and is 0 with none left', () => {
    const ticket = (id: number, created_at: string) => ({
      ticket_id: id,
      title: 't',
      created_by: 'u',
      created_at,
      updated_at: '2024-01-02 00:00:00',
      status: 'resolved',
      resolution: 'done',
    });
    const state = desk.load({
      users: { u: { username: 'u', password: 'p' } },
      tickets: { 1: ticket(1, '2024-02-30 00:00:00'), 2: ticket(2, '2024-01-01 00:00:60') },
    });
    const start = run(state, 'login', { username: 'u', password: 'p' }).state;
    expect(run(start, 'get_ticket_statistics').content).toMatchObject({ resolved_tickets: 2, average_resolution_time: 0 });
    expectFailure(demo(), 'get_ticket_statistics', {}, 'Authentication required');
  });
});
