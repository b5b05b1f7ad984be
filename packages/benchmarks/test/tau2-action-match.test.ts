import { tau2Retail } from '../../../environments/benchmarks/tau2-retail/src/index.js';
import { describe, expect, it } from 'vitest';
import { actionMatchesCall, scoreTau2Actions, type Tau2GoldAction, tau2DatabaseMatches } from '../src/index.js';

const cancel: Tau2GoldAction = {
  action_id: 'cancel_1',
  name: 'cancel_pending_order',
  arguments: { order_id: '#W5918442', reason: 'no longer needed' },
};

describe('actionMatchesCall (τ² rules)', () => {
  it('needs the same tool name', () => {
    expect(actionMatchesCall(cancel, { name: 'get_order_details', arguments: cancel.arguments })).toBe(false);
  });

  it('compares every argument the call passed when the task names none', () => {
    expect(
      actionMatchesCall(cancel, { name: 'cancel_pending_order', arguments: { reason: 'no longer needed', order_id: '#W5918442' } }),
    ).toBe(true);
    expect(
      actionMatchesCall(cancel, { name: 'cancel_pending_order', arguments: { order_id: '#W5918442', reason: 'ordered by mistake' } }),
    ).toBe(false);
    // An extra argument of the call is compared too, and the gold action lacks it.
    expect(actionMatchesCall(cancel, { name: 'cancel_pending_order', arguments: { ...cancel.arguments, note: 'x' } })).toBe(false);
  });

  it('as τ² does, ignores gold arguments the call left out when no compare_args are given', () => {
    expect(actionMatchesCall(cancel, { name: 'cancel_pending_order', arguments: { order_id: '#W5918442' } })).toBe(true);
  });

  it('compares only compare_args when the task gives them, and nothing but the name for an empty list', () => {
    const onlyOrder = { ...cancel, compare_args: ['order_id'] };
    expect(
      actionMatchesCall(onlyOrder, { name: 'cancel_pending_order', arguments: { order_id: '#W5918442', reason: 'ordered by mistake' } }),
    ).toBe(true);
    expect(
      actionMatchesCall(onlyOrder, { name: 'cancel_pending_order', arguments: { order_id: '#W0000000', reason: 'no longer needed' } }),
    ).toBe(false);
    // A compared argument missing from the call is a mismatch.
    expect(actionMatchesCall(onlyOrder, { name: 'cancel_pending_order', arguments: { reason: 'no longer needed' } })).toBe(false);
    const nameOnly = { ...cancel, compare_args: [] };
    expect(actionMatchesCall(nameOnly, { name: 'cancel_pending_order', arguments: {} })).toBe(true);
  });

  it('compares values as Python does: 1 equals 1.0 and True, nested lists in order, dicts in any key order', () => {
    const bags: Tau2GoldAction = { name: 'update_reservation_baggages', arguments: { total_baggages: 2, insurance: true } };
    expect(actionMatchesCall(bags, { name: 'update_reservation_baggages', arguments: { total_baggages: 2.0, insurance: 1 } })).toBe(true);
    const flights: Tau2GoldAction = {
      name: 'update_reservation_flights',
      arguments: {
        flights: [
          { flight_number: 'HAT1', date: '2024-05-20' },
          { flight_number: 'HAT2', date: '2024-05-21' },
        ],
      },
    };
    const swapped = {
      flights: [
        { date: '2024-05-20', flight_number: 'HAT1' },
        { date: '2024-05-21', flight_number: 'HAT2' },
      ],
    };
    expect(actionMatchesCall(flights, { name: 'update_reservation_flights', arguments: swapped })).toBe(true);
    const reordered = { flights: [...swapped.flights].reverse() };
    expect(actionMatchesCall(flights, { name: 'update_reservation_flights', arguments: reordered })).toBe(false);
  });
});

describe('scoreTau2Actions', () => {
  const lookup: Tau2GoldAction = { name: 'find_user_id_by_email', arguments: { email: 'a@b.com' } };

  it('scores 1 when every gold action is met by some call, in any order, and says which call met it', () => {
    const score = scoreTau2Actions(
      [cancel, lookup],
      [
        { name: 'find_user_id_by_email', arguments: { email: 'a@b.com' } },
        { name: 'get_order_details', arguments: { order_id: '#W5918442' } },
        { name: 'cancel_pending_order', arguments: cancel.arguments },
      ],
    );
    expect(score.reward).toBe(1);
    expect(score.checks.map((check) => check.callIndex)).toEqual([2, 0]);
  });

  it('scores 0 when one gold action is missing, naming it', () => {
    const score = scoreTau2Actions([cancel, lookup], [{ name: 'find_user_id_by_email', arguments: { email: 'a@b.com' } }]);
    expect(score.reward).toBe(0);
    expect(score.checks.filter((check) => !check.matched).map((check) => check.action.name)).toEqual(['cancel_pending_order']);
  });

  it('scores 1 for a task without gold actions', () => {
    expect(scoreTau2Actions([], [])).toEqual({ reward: 1, checks: [] });
  });
});

describe('tau2DatabaseMatches', () => {
  const start = tau2Retail.load({});

  it('accepts a rollout that reaches the gold final database, by another path', () => {
    const viaLookups = [
      { name: 'get_order_details', arguments: { order_id: '#W5918442' } },
      { name: 'cancel_pending_order', arguments: { order_id: '#W5918442', reason: 'no longer needed' } },
    ];
    let state = start;
    for (const call of viaLookups) state = tau2Retail.call(state, call.name, call.arguments).state;
    expect(tau2DatabaseMatches(tau2Retail, start, [cancel], state)).toBe(true);
  });

  it('rejects a rollout that changed the database otherwise, or not at all', () => {
    const wrongReason = tau2Retail.call(start, 'cancel_pending_order', { order_id: '#W5918442', reason: 'ordered by mistake' });
    expect(wrongReason.isError).toBe(false);
    expect(tau2DatabaseMatches(tau2Retail, start, [cancel], wrongReason.state)).toBe(false);
    expect(tau2DatabaseMatches(tau2Retail, start, [cancel], start)).toBe(false);
  });
});
