import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { stripePaymentServer as stripe } from '../src/index.js';

type Outcome = ReturnType<typeof stripe.call>;

// A failing call reports this message and hands back the very same state object.
function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp): Outcome {
  const before = stripe.load(scenario);
  const outcome = stripe.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
  return outcome;
}

const world = {
  payment_intents: {
    pi_1: {
      id: 'pi_1',
      client_secret: 'pi_1_secret_0',
      status: 'succeeded',
      amount: 2400,
      currency: 'usd',
      customer: 'cus_1',
      created: 1738404131,
    },
  },
  charges: [{ id: 'ch_1', amount: 2400, currency: 'usd', status: 'succeeded', customer: 'cus_1', created: 1738404131 }],
  current_time: '2025-03-14T16:30:00Z',
};
const NOW = 1741969800; // 2025-03-14T16:30:00Z

describe('StripePaymentServer scenario', () => {
  it('loads {} as an empty account with a fixed clock', () => {
    expect(stripe.load({})).toEqual({
      payment_intents: {},
      customers: {},
      refunds: {},
      charges: [],
      current_time: '2025-01-01T00:00:00Z',
    });
  });

  it('fills optional fields and rejects what the reference rejects', () => {
    expect(stripe.load(world).payment_intents.pi_1).toMatchObject({ payment_method: null, metadata: {} });
    expect(() => stripe.load({ ...world, current_time: '2025-03-14T16:30:00' })).toThrow(/current_time/);
    const intent = world.payment_intents.pi_1;
    expect(() => stripe.load({ payment_intents: { pi_1: { ...intent, currency: 'USD' } } })).toThrow(/currency/);
    expect(() => stripe.load({ payment_intents: { pi_1: { ...intent, amount: -1 } } })).toThrow(/amount/);
  });

  it('ships a consistent demo world: one charge per intent, refunds of known intents', () => {
    const state = stripe.loadPreset('demo');
    const intents = Object.values(state.payment_intents);
    expect(intents.length).toBeGreaterThanOrEqual(10);
    expect(state.charges.map((charge) => charge.amount)).toEqual(intents.map((intent) => intent.amount));
    for (const refund of Object.values(state.refunds)) expect(state.payment_intents[refund.payment_intent_id]).toBeDefined();
    for (const intent of intents) {
      if (intent.customer !== null) expect(state.customers[intent.customer]).toBeDefined();
    }
  });
});

describe('payment intents', () => {
  it('creates an intent and its charge, stamped with the scenario clock', () => {
    const { outcomes, state } = runCalls(stripe, world, [
      [
        'create_payment_intent',
        { amount: '1500', currency: 'eur', customer_id: 'cus_2', payment_method_id: 'pm_x', metadata: '{"order":"A-7"}' },
      ],
      ['retrieve_payment_intent', { payment_intent_id: 'pi_2' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      id: 'pi_2',
      client_secret: 'pi_2_secret_1',
      status: 'requires_payment_method',
      amount: 1500,
      currency: 'eur',
      created: NOW,
    });
    expect(outcomes[1]?.content).toEqual({
      id: 'pi_2',
      client_secret: 'pi_2_secret_1',
      status: 'requires_payment_method',
      amount: 1500,
      currency: 'eur',
      customer: 'cus_2',
      payment_method: 'pm_x',
      metadata: { order: 'A-7' },
      created: NOW,
    });
    expect(state.charges[1]).toEqual({ id: 'ch_2', amount: 1500, currency: 'eur', status: 'succeeded', customer: 'cus_2', created: NOW });
  });

  it('accepts a zero amount and an unknown customer id, as the reference does', () => {
    const { outcomes } = runCalls(stripe, {}, [['create_payment_intent', { amount: 0, currency: 'usd', customer_id: 'cus_404' }]]);
    expect(outcomes[0]).toMatchObject({ isError: false, content: { id: 'pi_1', client_secret: 'pi_1_secret_0', amount: 0 } });
  });

  it('refuses a bad amount or currency without recording anything', () => {
    expectFailure(world, 'create_payment_intent', { amount: -1, currency: 'usd' }, /amount must be 0 or more/);
    expectFailure(world, 'create_payment_intent', { amount: 1, currency: 'USD' }, /three lowercase letters/);
    expectFailure(world, 'create_payment_intent', { amount: 1, currency: 'usd\n' }, /three lowercase letters/);
    expectFailure(world, 'create_payment_intent', { amount: 1, currency: '' }, 'Currency must be a non-empty string');
    expectFailure(world, 'create_payment_intent', { amount: 1.5, currency: 'usd' }, /amount/);
    expectFailure(world, 'create_payment_intent', { amount: 1, currency: 'usd', customer_id: null }, /customer_id/);
  });

  it('takes the next unused id where the reference would overwrite an existing intent', () => {
    const gap = { ...world, payment_intents: { pi_2: { ...world.payment_intents.pi_1, id: 'pi_2' } } };
    const { outcomes, state } = runCalls(stripe, gap, [['create_payment_intent', { amount: 5, currency: 'usd' }]]);
    expect(outcomes[0]?.content).toMatchObject({ id: 'pi_3', client_secret: 'pi_3_secret_1' });
    expect(state.payment_intents.pi_2?.amount).toBe(2400);
  });

  it('retrieves only stored intents', () => {
    expectFailure(world, 'retrieve_payment_intent', { payment_intent_id: 'pi_9' }, /PaymentIntent pi_9 not found/);
    expectFailure(world, 'retrieve_payment_intent', { payment_intent_id: 'constructor' }, /PaymentIntent constructor not found/);
    expectFailure(world, 'retrieve_payment_intent', { payment_intent_id: '' }, /Payment intent ID must be a non-empty string/);
  });
});

describe('the scenario clock', () => {
  it('counts leap seconds into the next minute, as mktime does', () => {
    const { outcomes } = runCalls(stripe, { current_time: '2024-06-30T23:59:60Z' }, [['create_customer', { email: 'a@b.c' }]]);
    expect(outcomes[0]?.content).toMatchObject({ created: 1719792000 });
  });

  it('reads any Unicode digits in the year', () => {
    const { outcomes } = runCalls(stripe, { current_time: '１９７０-01-01T00:00:00Z' }, [['create_customer', { email: 'a@b.c' }]]);
    expect(outcomes[0]?.content).toMatchObject({ created: 0 });
  });

  it('fails to create anything when current_time is not a real instant or is before 1970', () => {
    for (const time of ['2024-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2024-01-01T24:00:00Z', '0000-01-01T00:00:00Z']) {
      expectFailure({ current_time: time }, 'create_customer', { email: 'a@b.c' }, /is not a real date and time/);
    }
    expectFailure({ current_time: '1969-12-31T23:59:59Z' }, 'create_payment_intent', { amount: 1, currency: 'usd' }, /before 1970/);
  });
});

describe('customers', () => {
  it('creates a customer with optional fields kept in state', () => {
    const { outcomes, state } = runCalls(stripe, world, [
      ['create_customer', { email: 'kim@example.com', name: 'Kim', phone: '+15550100', metadata: { vip: true } }],
      ['create_customer', { email: 'lee@example.com' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ id: 'cus_1', email: 'kim@example.com', name: 'Kim', created: NOW });
    expect(outcomes[1]?.content).toEqual({ id: 'cus_2', email: 'lee@example.com', name: null, created: NOW });
    expect(state.customers.cus_1).toEqual({
      id: 'cus_1',
      email: 'kim@example.com',
      name: 'Kim',
      phone: '+15550100',
      metadata: { vip: true },
      created: NOW,
    });
  });

  it('requires an email', () => {
    expectFailure(world, 'create_customer', { email: '' }, /Email must be a non-empty string/);
    expectFailure(world, 'create_customer', {}, /email/);
  });
});

describe('refunds', () => {
  it('refunds part of a payment, or all of it when no amount is given', () => {
    const { outcomes, state } = runCalls(stripe, world, [
      ['create_refund', { payment_intent_id: 'pi_1', amount: 400, reason: 'requested_by_customer' }],
      ['create_refund', { payment_intent_id: 'pi_1' }],
    ]);
    expect(outcomes[0]?.content).toEqual({ id: 're_1', amount: 400, status: 'succeeded', reason: 'requested_by_customer' });
    expect(outcomes[1]?.content).toEqual({ id: 're_2', amount: 2400, status: 'succeeded', reason: null });
    expect(state.refunds.re_2).toEqual({ id: 're_2', amount: 2400, status: 'succeeded', reason: null, payment_intent_id: 'pi_1' });
    expect(state.payment_intents.pi_1?.status).toBe('succeeded');
  });

  it('refuses an unknown intent or a negative amount', () => {
    expectFailure(world, 'create_refund', { payment_intent_id: 'pi_9' }, /PaymentIntent pi_9 not found/);
    expectFailure(world, 'create_refund', { payment_intent_id: '' }, /Payment intent ID must be a non-empty string/);
    expectFailure(world, 'create_refund', { payment_intent_id: 'pi_1', amount: -5 }, /amount must be 0 or more/);
  });
});

describe('charges', () => {
  it('filters by customer and cuts the list as Python slices it', () => {
    const state = stripe.loadPreset('demo');
    const ids = (outcome: Outcome) => (outcome.content as { charges: { id: string }[] }).charges.map((charge) => charge.id);
    expect(ids(stripe.call(state, 'list_charges', {}))).toEqual([
      'ch_1',
      'ch_2',
      'ch_3',
      'ch_4',
      'ch_5',
      'ch_6',
      'ch_7',
      'ch_8',
      'ch_9',
      'ch_10',
    ]);
    expect(ids(stripe.call(state, 'list_charges', { customer_id: 'cus_1' }))).toEqual(['ch_1', 'ch_6', 'ch_10']);
    expect(ids(stripe.call(state, 'list_charges', { customer_id: '', limit: '2' }))).toEqual(['ch_1', 'ch_2']);
    expect(ids(stripe.call(state, 'list_charges', { limit: -10 }))).toEqual(['ch_1', 'ch_2']);
    expect(ids(stripe.call(state, 'list_charges', { limit: 0 }))).toEqual([]);
    expect(ids(stripe.call(state, 'list_charges', { customer_id: 'cus_7' }))).toEqual([]);
    expect(stripe.call(state, 'list_charges', { customer_id: 'cus_5', limit: 1 }).content).toEqual({
      charges: [{ id: 'ch_5', amount: 18500, currency: 'gbp', status: 'succeeded', customer: 'cus_5', created: 1739610000 }],
    });
  });

  it('refuses a null limit, which the reference does not accept either', () => {
    expectFailure(world, 'list_charges', { limit: null }, /limit/);
  });
});
