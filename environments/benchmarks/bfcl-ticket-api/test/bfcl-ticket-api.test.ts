import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclTicketApi as env } from '../src/index.js';
import { demo } from '../src/presets/demo.js';

const loggedIn = { ...demo, current_user: 'priya' };

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: RegExp) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

function expectSoftError(scenario: unknown, name: string, args: Record<string, unknown>, content: unknown) {
  const before = env.load(scenario);
  const outcome = env.call(before, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.content).toEqual(content);
  expect(outcome.state).toEqual(before);
}

describe('BfclTicketAPI scenario', () => {
  it('loads {} as the class defaults and keeps what an initial_config gives', () => {
    expect(env.load({})).toEqual({ ticket_queue: [], ticket_counter: 1, current_user: null, _long_context: false });
    const state = env.load({ ticket_queue: { ticket_001: { id: 1 } }, current_user: 'john', long_context: true });
    expect(state.ticket_queue).toEqual({ ticket_001: { id: 1 } });
    expect(state.ticket_counter).toBe(1);
    expect(state).toMatchObject({ _long_context: true });
    expect(state).not.toHaveProperty('long_context');
    expect(() => env.load({ ticket_counter: 'x' })).toThrow(/ticket_counter/);
  });
});

describe('sessions', () => {
  it('logs in with any non-empty credentials and out again', () => {
    const { outcomes, state } = runCalls(env, demo, [
      ['ticket_get_login_status', {}],
      ['ticket_login', { username: 'lena', password: 'x' }],
      ['ticket_get_login_status', {}],
      ['logout', {}],
      ['logout', {}],
    ]);
    expect(outcomes.map((outcome) => outcome.content)).toEqual([
      { login_status: false },
      { success: true },
      { login_status: true },
      { success: true },
      { success: false },
    ]);
    expect(state.current_user).toBeNull();
  });

  it('answers empty credentials with success: false and changes nothing', () => {
    expectSoftError(demo, 'ticket_login', { username: '', password: 'x' }, { success: false });
    expectSoftError(demo, 'ticket_login', { username: 'lena', password: '' }, { success: false });
  });
});

describe('tickets', () => {
  it('creates a ticket with the next id, status Open and the creator', () => {
    const { outcomes, state } = runCalls(env, loggedIn, [['create_ticket', { title: 'Mouse broken', priority: 4 }]]);
    const ticket = { id: 9, title: 'Mouse broken', description: '', status: 'Open', priority: 4, created_by: 'priya' };
    expect(outcomes[0]?.content).toEqual(ticket);
    expect(state.ticket_counter).toBe(10);
    expect((state.ticket_queue as unknown[]).at(-1)).toEqual(ticket);
  });

  it('refuses to create without a login or with a priority outside 1..5, as results', () => {
    expectSoftError(demo, 'create_ticket', { title: 't' }, { error: 'User not authenticated. Please log in to create a ticket.' });
    expectSoftError(
      loggedIn,
      'create_ticket',
      { title: 't', priority: 6 },
      { error: 'Invalid priority. Priority must be between 1 and 5.' },
    );
    expectSoftError(
      loggedIn,
      'create_ticket',
      { title: 't', priority: 0 },
      { error: 'Invalid priority. Priority must be between 1 and 5.' },
    );
  });

  it('closes and resolves once, and says so the second time', () => {
    const { outcomes, state } = runCalls(env, demo, [
      ['close_ticket', { ticket_id: 1 }],
      ['close_ticket', { ticket_id: 1 }],
      ['resolve_ticket', { ticket_id: 3, resolution: 'New battery' }],
      ['resolve_ticket', { ticket_id: 3, resolution: 'again' }],
      ['get_ticket', { ticket_id: 3 }],
    ]);
    expect(outcomes.map((outcome) => outcome.content).slice(0, 4)).toEqual([
      { status: 'Ticket 1 has been closed successfully.' },
      { error: 'Ticket with ID 1 is already closed.' },
      { status: 'Ticket 3 has been resolved successfully.' },
      { error: 'Ticket with ID 3 is already resolved.' },
    ]);
    expect(outcomes[4]?.content).toMatchObject({ status: 'Resolved', resolution: 'New battery' });
    expect((state.ticket_queue as { status: string }[])[0]?.status).toBe('Closed');
  });

  it('answers an unknown id with an error result', () => {
    for (const name of ['get_ticket', 'close_ticket']) {
      expectSoftError(demo, name, { ticket_id: 99 }, { error: 'Ticket with ID 99 not found.' });
    }
    expectSoftError(demo, 'resolve_ticket', { ticket_id: 99, resolution: 'r' }, { error: 'Ticket with ID 99 not found.' });
    expectSoftError(demo, 'edit_ticket', { ticket_id: 99, updates: {} }, { error: 'Ticket with ID 99 not found.' });
  });

  it('edits the four editable fields, skips nulls and refuses other fields', () => {
    const { outcomes, state } = runCalls(env, demo, [
      ['edit_ticket', { ticket_id: 4, updates: { status: 'Urgent', priority: 5, title: null } }],
    ]);
    expect(outcomes[0]?.content).toEqual({ status: 'Ticket 4 has been updated successfully.' });
    expect((state.ticket_queue as object[])[3]).toMatchObject({ title: 'Request: second monitor', status: 'Urgent', priority: 5 });
    expectSoftError(
      demo,
      'edit_ticket',
      { ticket_id: 4, updates: { owner: 'x', status: 'Open' } },
      { error: 'Invalid fields for update: owner' },
    );
  });

  it("lists the user's own tickets, filtered by status ignoring case", () => {
    const mine = env.call(env.load(loggedIn), 'get_user_tickets', { status: 'OPEN' }).content as { id: number }[];
    expect(mine.map((ticket) => ticket.id)).toEqual([1, 3, 7]);
    const all = env.call(env.load(loggedIn), 'get_user_tickets', {}).content as { id: number }[];
    expect(all.map((ticket) => ticket.id)).toEqual([1, 3, 5, 7]);
    expect(env.call(env.load(demo), 'get_user_tickets', {}).content).toEqual([
      { error: 'User not authenticated. Please log in to view tickets.' },
    ]);
  });

  it('takes text ids as BFCL does, matching them against text ids only', () => {
    const scenario = {
      ticket_queue: [
        { id: 'ticket_001', status: 'Open' },
        { id: 5, status: 'Open' },
      ],
    };
    const { outcomes } = runCalls(env, scenario, [
      ['close_ticket', { ticket_id: 'ticket_001' }],
      ['get_ticket', { ticket_id: '5' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ status: 'Ticket ticket_001 has been closed successfully.' });
    expect(outcomes[1]?.content).toEqual({ error: 'Ticket with ID 5 not found.' });
  });

  it("fails as Python does on the benchmark's odd queues, changing nothing", () => {
    // A queue given as a dict iterates its keys, which cannot be subscripted with "id".
    expectFailure({ ticket_queue: { ticket_001: { id: 1 } } }, 'get_ticket', { ticket_id: 1 }, /TypeError: string indices/);
    // Tickets without created_by raise KeyError when listing one's own tickets.
    expectFailure({ ticket_queue: [{ id: 1, status: 'Open' }], current_user: 'john' }, 'get_user_tickets', {}, /KeyError: 'created_by'/);
    expectFailure(
      { ticket_queue: {}, current_user: 'john' },
      'create_ticket',
      { title: 't' },
      /AttributeError: 'dict' object has no attribute 'append'/,
    );
  });
});
