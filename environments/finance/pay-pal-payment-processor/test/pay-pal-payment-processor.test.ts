import { runCalls } from '@envfleet/kit';
import { describe, expect, it } from 'vitest';
import { payPalPaymentProcessor as paypal } from '../src/index.js';

const demo = paypal.presets.demo;

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string | RegExp) {
  const before = paypal.load(scenario);
  const outcome = paypal.call(before, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(before);
}

const links = (id: string) => [
  { rel: 'approve', href: `https://www.paypal.com/checkoutnow?token=${id}` },
  { rel: 'self', href: `https://api.paypal.com/v2/checkout/orders/${id}` },
];

describe('PayPalPaymentProcessor scenario', () => {
  it('loads {} as an empty processor with counters at 1 and the reference clock', () => {
    expect(paypal.load({})).toEqual({
      orders: {},
      authorizations: {},
      captures: {},
      next_order_id: 1,
      next_auth_id: 1,
      next_capture_id: 1,
      current_time: '2026-03-05T12:12:45Z',
    });
  });

  it('refuses malformed amounts, currencies, times and counters', () => {
    const order = { id: 'A', status: 'CREATED', intent: 'CAPTURE', amount: '1.00', currency: 'USD' };
    expect(() => paypal.load({ orders: { A: { ...order, amount: '1' } } })).toThrow(/amount/);
    expect(() => paypal.load({ orders: { A: { ...order, currency: 'usd' } } })).toThrow(/currency/);
    expect(() => paypal.load({ next_order_id: 0 })).toThrow(/next_order_id/);
    expect(() => paypal.load({ current_time: '2026-01-01' })).toThrow(/current_time/);
    expect(() => paypal.load({ current_time: '2026-01-01T00:00:00z' })).toThrow(/current_time/);
    expect(paypal.load({ orders: { A: order }, next_auth_id: '3' }).orders.A).toMatchObject({
      items: [],
      links: [],
      payer: null,
      description: null,
    });
  });

  it('ships a demo world whose counters follow its ids', () => {
    const state = paypal.loadPreset('demo');
    expect(Object.keys(state.orders)).toHaveLength(8);
    expect(state.orders[`ORDER-${state.next_order_id}`]).toBeUndefined();
    expect(state.authorizations[`AUTH-${state.next_auth_id}`]).toBeUndefined();
    expect(state.captures[`CAPTURE-${state.next_capture_id}`]).toBeUndefined();
    for (const auth of Object.values(state.authorizations)) expect(state.orders[auth.order_id]?.intent).toBe('AUTHORIZE');
  });
});

describe('orders', () => {
  it('creates an order with links, items read leniently, and stamps the clock', () => {
    const { outcomes, state } = runCalls(paypal, {}, [
      ['create_order', { amount: '10.00', items: [{ name: 'Mug', quantity: '2', unit_amount: '5.00', colour: 'blue' }] }],
      [
        'create_order',
        {
          amount: '3.50',
          currency_code: 'EUR',
          intent: 'AUTHORIZE',
          description: 'Beans',
          items: '[{"name":"Bag","quantity":true,"unit_amount":"3.50"}]',
        },
      ],
    ]);
    expect(outcomes[0]?.content).toEqual({
      id: 'ORDER-1',
      status: 'CREATED',
      intent: 'CAPTURE',
      amount: '10.00',
      currency: 'USD',
      links: links('ORDER-1'),
    });
    expect(outcomes[1]?.content).toMatchObject({ id: 'ORDER-2', intent: 'AUTHORIZE', currency: 'EUR' });
    expect(state.next_order_id).toBe(3);
    expect(state.orders['ORDER-1']).toEqual({
      id: 'ORDER-1',
      status: 'CREATED',
      intent: 'CAPTURE',
      amount: '10.00',
      currency: 'USD',
      description: '',
      items: [{ name: 'Mug', quantity: 2, unit_amount: '5.00' }],
      links: links('ORDER-1'),
      payer: null,
      create_time: '2026-03-05T12:12:45Z',
      update_time: '2026-03-05T12:12:45Z',
    });
    expect(state.orders['ORDER-2']?.items).toEqual([{ name: 'Bag', quantity: 1, unit_amount: '3.50' }]);
  });

  it('refuses what the reference refuses, without using up an order number', () => {
    expectFailure({}, 'create_order', { amount: '' }, /amount must be a non-empty/);
    expectFailure({}, 'create_order', { amount: '10' }, /Invalid amount "10"/);
    expectFailure({}, 'create_order', { amount: '10.001' }, /Invalid amount/);
    expectFailure({}, 'create_order', { amount: '10.00', currency_code: 'usd' }, /Invalid currency_code "usd"/);
    expectFailure({}, 'create_order', { amount: '10.00', items: ['x'] }, /Invalid item 0: expected an object/);
    expectFailure(
      {},
      'create_order',
      { amount: '10.00', items: [{ name: 'a', quantity: 0, unit_amount: '1.00' }] },
      /Invalid item 0: quantity/,
    );
    expectFailure({}, 'create_order', { amount: '10.00', items: [{ name: 5, quantity: 1, unit_amount: '1.00' }] }, /Invalid item 0: name/);
    expectFailure({}, 'create_order', { amount: '10.00', items: null }, /items/);
    expectFailure({}, 'create_order', { amount: '10.00', description: null }, /description/);
  });

  it('captures an order in full, as often as asked, and reports its payer', () => {
    const { outcomes, state } = runCalls(paypal, demo, [
      ['capture_order', { order_id: 'ORDER-3' }],
      ['capture_order', { order_id: 'ORDER-1' }],
      ['get_order_details', { order_id: 'ORDER-3' }],
    ]);
    expect(outcomes[0]?.content).toEqual({
      id: 'ORDER-3',
      status: 'COMPLETED',
      capture_id: 'CAPTURE-6',
      amount: '18.90',
      currency: 'EUR',
      payer: {},
    });
    // The processor does not stop a second capture of a completed order.
    expect(outcomes[1]?.content).toMatchObject({ capture_id: 'CAPTURE-7', payer: { payer_id: 'PAYERQ7M2K' } });
    expect(state.captures['CAPTURE-6']).toEqual({
      id: 'CAPTURE-6',
      order_id: 'ORDER-3',
      authorization_id: null,
      status: 'COMPLETED',
      amount: '18.90',
      currency: 'EUR',
      final_capture: true,
    });
    expect(outcomes[2]?.content).toEqual({
      id: 'ORDER-3',
      status: 'COMPLETED',
      intent: 'CAPTURE',
      purchase_units: [
        { amount: { value: '18.90', currency_code: 'EUR' }, items: [{ name: 'Colombia Huila 250g', quantity: 1, unit_amount: '18.90' }] },
      ],
      payer: {},
      create_time: '2026-03-05T09:30:27Z',
      update_time: '2026-03-05T16:40:00Z',
    });
  });

  it('reports an empty or unknown order id', () => {
    for (const tool of ['capture_order', 'authorize_order', 'get_order_details']) {
      expectFailure(demo, tool, { order_id: '' }, /order_id must be a non-empty string/);
      expectFailure(demo, tool, { order_id: 'ORDER-99' }, 'Order ORDER-99 not found');
      expectFailure(demo, tool, { order_id: 'constructor' }, 'Order constructor not found');
    }
  });
});

describe('authorizations', () => {
  it('authorizes an order, then captures part and the rest of the hold', () => {
    const { outcomes, state } = runCalls(paypal, {}, [
      ['create_order', { amount: '50.00', intent: 'AUTHORIZE' }],
      ['authorize_order', { order_id: 'ORDER-1' }],
      ['capture_authorized_payment', { authorization_id: 'AUTH-1', amount: '20.00' }],
      ['capture_authorized_payment', { authorization_id: 'AUTH-1', amount: '', final_capture: 'yes' }],
    ]);
    expect(outcomes[1]?.content).toEqual({
      id: 'ORDER-1',
      status: 'APPROVED',
      authorization_id: 'AUTH-1',
      amount: '50.00',
      currency: 'USD',
      expiration_time: '2026-03-05T12:12:45Z',
    });
    expect(outcomes[2]?.content).toEqual({ id: 'CAPTURE-1', status: 'COMPLETED', amount: '20.00', currency: 'USD', final_capture: false });
    // An empty amount captures the whole authorized amount again: nothing tracks what is left.
    expect(outcomes[3]?.content).toEqual({ id: 'CAPTURE-2', status: 'COMPLETED', amount: '50.00', currency: 'USD', final_capture: true });
    expect(state.captures['CAPTURE-2']).toMatchObject({ order_id: null, authorization_id: 'AUTH-1' });
    expect(state.orders['ORDER-1']?.status).toBe('APPROVED');
    expect(state.next_capture_id).toBe(3);
  });

  it('refuses an empty or unknown authorization and a malformed amount', () => {
    expectFailure(demo, 'capture_authorized_payment', { authorization_id: '' }, /authorization_id must be a non-empty string/);
    expectFailure(demo, 'capture_authorized_payment', { authorization_id: 'AUTH-9' }, 'Authorization AUTH-9 not found');
    expectFailure(demo, 'capture_authorized_payment', { authorization_id: 'AUTH-1', amount: '5' }, /Invalid amount "5"/);
    expectFailure(demo, 'capture_authorized_payment', { authorization_id: 'AUTH-1', amount: null }, /amount/);
    expectFailure(demo, 'capture_authorized_payment', { authorization_id: 'AUTH-1', final_capture: 'maybe' }, /final_capture/);
  });
});
