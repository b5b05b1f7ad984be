import { runCalls, type ScriptedCall } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { bfclMessageApi as api } from '../src/index.js';

function run(calls: ScriptedCall[], scenario: unknown = {}) {
  const { outcomes, state } = runCalls(api, scenario, calls);
  return { state, results: outcomes.map((o) => o.content), outcomes };
}

describe('BfclMessageAPI', () => {
  it('loads BFCL’s default workspace from {}', () => {
    const state = api.load({});
    expect(Object.keys(state.user_map)).toEqual(['Alice', 'Bob', 'Catherine', 'Daniel']);
    expect(state.inbox).toHaveLength(3);
    expect(state.current_user).toBeNull();
  });

  it('refuses messaging before a login with BFCL’s error result', () => {
    const { results, state } = run([['send_message', { receiver_id: 'USR002', message: 'hi' }], ['view_messages_sent']]);
    expect(results).toEqual([{ error: 'No user is currently logged in.' }, { error: 'No user is currently logged in.' }]);
    expect(state.inbox).toHaveLength(3);
  });

  it('draws message ids from BFCL’s seeded generator, continuing across calls and reloads', () => {
    const first = run([
      ['message_login', { user_id: 'USR001' }],
      ['send_message', { receiver_id: 'USR002', message: 'one' }],
    ]);
    const continued = run([['send_message', { receiver_id: 'USR003', message: 'two' }]], JSON.parse(JSON.stringify(api.save(first.state))));
    const straight = run([
      ['message_login', { user_id: 'USR001' }],
      ['send_message', { receiver_id: 'USR002', message: 'one' }],
      ['send_message', { receiver_id: 'USR003', message: 'two' }],
    ]);
    expect(continued.results[0]).toEqual(straight.results[2]);
    const ids = [first.results[1], straight.results[2]].map((r) => (r as { message_id: { new_id: number } }).message_id.new_id);
    expect(ids[0]).not.toBe(ids[1]);
    expect(straight.state.generated_ids).toEqual([...ids].sort((a, b) => a - b));
    expect(straight.state.message_count).toBe(5);
  });

  it('delete_message removes the first message equal to the latest one to that receiver', () => {
    const scenario = { current_user: 'USR001', inbox: [{ USR002: 'same' }, { USR003: 'x' }, { USR002: 'same' }, { USR002: 'other' }] };
    const { results, state } = run(
      [
        ['delete_message', { receiver_id: 'USR002' }],
        ['delete_message', { receiver_id: 'USR002' }],
        ['delete_message', { receiver_id: 'USR009' }],
      ],
      scenario,
    );
    expect(results[0]).toEqual({
      deleted_status: true,
      receiver_id: 'USR002',
      message: "Receiver USR002's latest message deleted successfully.",
    });
    expect(results[2]).toEqual({ error: 'Receiver ID USR009 not found.' });
    expect(state.inbox).toEqual([{ USR003: 'x' }, { USR002: 'same' }]);
  });

  it('add_contact counts the user before checking the id, as BFCL does', () => {
    const { results, state } = run([['add_contact', { user_name: 'Eve' }]], { user_count: 3 });
    expect(results[0]).toEqual({ error: "User ID 'USR004' already exists." });
    expect(state.user_count).toBe(4);
  });

  it('search_messages on content that is not text fails as BFCL does, changing nothing', () => {
    const start = api.load({ current_user: 'USR001', inbox: [{ USR002: ['a list'] }] });
    const outcome = api.call(start, 'search_messages', { keyword: 'a' });
    expect(outcome).toMatchObject({ isError: true, content: { message: "'list' object has no attribute 'lower'" } });
    expect(outcome.state).toBe(start);
  });

  it('search is case-insensitive; stats count messages and distinct receivers', () => {
    const { results } = run([['message_login', { user_id: 'USR002' }], ['search_messages', { keyword: 'UPLOAD' }], ['get_message_stats']]);
    expect(results[1]).toEqual({
      results: [
        { receiver_id: 'USR003', message: 'Could you upload the file?' },
        { receiver_id: 'USR004', message: 'Could you upload the file?' },
      ],
    });
    expect(results[2]).toEqual({ stats: { received_count: 3, total_contacts: 3 } });
  });
});
