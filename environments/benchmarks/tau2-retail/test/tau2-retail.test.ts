import { describe, expect, it } from 'vitest';
import { pythonDumpsSortedStringMap, tau2Retail } from '../src/index.js';

// A small shop of our own in τ²'s database shape: one shirt in four variants (one sold out), one
// customer paying by card, gift card or PayPal, and orders in four statuses.
const address = { address1: '1 Main St', address2: '', city: 'Albany', country: 'USA', state: 'NY', zip: '12207' };
const line = (itemId: string, price: number) => ({ name: 'Shirt', product_id: 'P1', item_id: itemId, price, options: { size: itemId } });
const paid = (amount: number, method: string) => [{ transaction_type: 'payment', amount, payment_method_id: method }];
const order = (id: string, status: string, items: ReturnType<typeof line>[], history: ReturnType<typeof paid>) => ({
  order_id: id,
  user_id: 'ana_silva_1',
  address,
  items,
  status,
  fulfillments: [],
  payment_history: history,
});

const shop = {
  products: {
    P1: {
      name: 'Shirt',
      product_id: 'P1',
      variants: {
        S1: { item_id: 'S1', options: { size: 'S' }, available: true, price: 10 },
        S2: { item_id: 'S2', options: { size: 'M' }, available: true, price: 12.5 },
        S3: { item_id: 'S3', options: { size: 'L' }, available: false, price: 15 },
        S4: { item_id: 'S4', options: { size: 'XL' }, available: true, price: 20 },
      },
    },
    P2: { name: 'Édredon', product_id: 'P2', variants: {} },
  },
  users: {
    ana_silva_1: {
      user_id: 'ana_silva_1',
      name: { first_name: 'Ana', last_name: 'Silva' },
      address,
      email: 'Ana.Silva@example.com',
      payment_methods: {
        credit_card_1: { source: 'credit_card', id: 'credit_card_1', brand: 'visa', last_four: '1111' },
        gift_card_1: { source: 'gift_card', id: 'gift_card_1', balance: 19 },
        paypal_1: { source: 'paypal', id: 'paypal_1' },
      },
      orders: ['#W1', '#W2', '#W3', '#W4'],
    },
  },
  orders: {
    '#W1': order('#W1', 'pending', [line('S1', 10), line('S1', 10)], paid(20, 'credit_card_1')),
    '#W2': order('#W2', 'delivered', [line('S1', 10), line('S2', 12.5), line('S1', 10)], paid(32.5, 'credit_card_1')),
    '#W3': order('#W3', 'pending (item modified)', [line('S2', 12.5)], paid(12.5, 'gift_card_1')),
    '#W4': order('#W4', 'processed', [line('S1', 10)], paid(10, 'paypal_1')),
  },
};

type Json = Record<string, any>;
const start = tau2Retail.load(shop);

function ok(name: string, args: Record<string, unknown>, state = start) {
  const outcome = tau2Retail.call(state, name, args);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return { content: outcome.content as Json, state: outcome.state as Json };
}

function fails(name: string, args: Record<string, unknown>, message: string, state = start) {
  const outcome = tau2Retail.call(state, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toBe(message);
  expect(outcome.state).toBe(state);
}

describe('Tau2Retail scenario', () => {
  it("loads τ²'s shipped database from {} and fills the order fields τ² leaves unset with null", () => {
    const db = tau2Retail.load({}) as Json;
    expect(Object.keys(db.users)).toHaveLength(500);
    expect(Object.keys(db.orders)).toHaveLength(1000);
    expect(Object.keys(db.products)).toHaveLength(50);
    const loaded = start as Json;
    expect(loaded.orders['#W1'].cancel_reason).toBeNull();
    expect(loaded.orders['#W1'].return_items).toBeNull();
  });

  it('refuses a database with an unknown top-level field or an unknown order status', () => {
    expect(() => tau2Retail.load({ ...shop, shops: {} })).toThrow(/shops/);
    expect(() => tau2Retail.load({ orders: { '#X': { ...shop.orders['#W1'], status: 'lost' } } })).toThrow(/status/);
  });
});

describe('finding customers', () => {
  it('finds a user id by email or by name and zip, ignoring case, and says "User not found" otherwise', () => {
    expect(ok('find_user_id_by_email', { email: 'ana.silva@EXAMPLE.com' }).content).toBe('ana_silva_1');
    expect(ok('find_user_id_by_name_zip', { first_name: 'ANA', last_name: 'silva', zip: '12207' }).content).toBe('ana_silva_1');
    fails('find_user_id_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip: '12208' }, 'User not found');
    fails('find_user_id_by_email', { email: 'nobody@example.com' }, 'User not found');
  });
});

describe('catalog', () => {
  it('lists product types as Python would dump them: sorted, ", " and ": ", non-ASCII escaped', () => {
    expect(ok('list_all_product_types', {}).content).toBe('{"Shirt": "P1", "\\u00c9dredon": "P2"}');
  });

  it("writes that JSON text as Python's json.dumps does, DEL and astral characters escaped", () => {
    // Python: json.dumps({'b\x7f': '\U0001F600\t"', 'a': 'x'}, sort_keys=True)
    expect(pythonDumpsSortedStringMap({ 'b\u007f': '\u{1F600}\t"', a: 'x' })).toBe('{"a": "x", "b\\u007f": "\\ud83d\\ude00\\t\\""}');
  });

  it('finds an item in whichever product sells it, and tells product and item ids apart', () => {
    expect(ok('get_item_details', { item_id: 'S2' }).content).toEqual({
      item_id: 'S2',
      options: { size: 'M' },
      available: true,
      price: 12.5,
    });
    fails('get_item_details', { item_id: 'P1' }, 'Item not found');
    fails('get_product_details', { product_id: 'S1' }, 'Product not found');
  });
});

describe('pending orders', () => {
  it('swaps an item, charges the difference to a gift card at once, and allows it only once', () => {
    const { content, state } = ok('modify_pending_order_items', {
      order_id: '#W1',
      item_ids: ['S1'],
      new_item_ids: ['S2'],
      payment_method_id: 'gift_card_1',
    });
    expect(content.status).toBe('pending (item modified)');
    expect(content.items.map((item: Json) => [item.item_id, item.price])).toEqual([
      ['S2', 12.5],
      ['S1', 10],
    ]);
    expect(content.payment_history[1]).toEqual({ transaction_type: 'payment', amount: 2.5, payment_method_id: 'gift_card_1' });
    expect(state.users.ana_silva_1.payment_methods.gift_card_1.balance).toBe(16.5);
    fails(
      'modify_pending_order_items',
      { order_id: '#W1', item_ids: ['S1'], new_item_ids: ['S4'], payment_method_id: 'credit_card_1' },
      'Non-pending order cannot be modified',
      state as never,
    );
  });

  it('prices every swapped line with the last new item, as τ² does, and records a refund when cheaper', () => {
    const { content } = ok('modify_pending_order_items', {
      order_id: '#W1',
      item_ids: ['S1', 'S1'],
      new_item_ids: ['S2', 'S4'],
      payment_method_id: 'credit_card_1',
    });
    expect(content.items.map((item: Json) => [item.item_id, item.price, item.options.size])).toEqual([
      ['S2', 20, 'XL'],
      ['S4', 20, 'XL'],
    ]);
    expect(content.payment_history[1]).toEqual({ transaction_type: 'payment', amount: 12.5, payment_method_id: 'credit_card_1' });
  });

  it("refuses bad item swaps with τ²'s messages and changes nothing", () => {
    const swap = { order_id: '#W1', payment_method_id: 'credit_card_1' };
    fails(
      'modify_pending_order_items',
      { ...swap, item_ids: ['S1'], new_item_ids: ['S1'] },
      'The new item id should be different from the old item id',
    );
    fails('modify_pending_order_items', { ...swap, item_ids: ['S1'], new_item_ids: ['S3'] }, 'New item S3 not found or available');
    fails('modify_pending_order_items', { ...swap, item_ids: ['S1', 'S1', 'S1'], new_item_ids: ['S2', 'S2', 'S2'] }, 'S1 not found');
    fails(
      'modify_pending_order_items',
      { ...swap, item_ids: ['S1'], new_item_ids: [] },
      'The number of items to be exchanged should match',
    );
    fails('modify_pending_order_items', { ...swap, item_ids: ['S1'], new_item_ids: ['S9'] }, 'Variant not found');
    fails(
      'modify_pending_order_items',
      { ...swap, item_ids: ['S1'], new_item_ids: ['S2'], payment_method_id: 'paypal_9' },
      'Payment method not found',
    );
    fails(
      'modify_pending_order_items',
      { ...swap, item_ids: ['S1', 'S1'], new_item_ids: ['S4', 'S4'], payment_method_id: 'gift_card_1' },
      'Insufficient gift card balance to pay for the new item',
    );
  });

  it('cancels only a pending order, for one of two reasons, refunding a gift card at once', () => {
    fails('cancel_pending_order', { order_id: '#W1', reason: 'changed my mind' }, 'Invalid reason');
    fails('cancel_pending_order', { order_id: '#W3', reason: 'no longer needed' }, 'Non-pending order cannot be cancelled');
    fails('cancel_pending_order', { order_id: '#W9', reason: 'no longer needed' }, 'Order not found');
    const paidByGift = tau2Retail.load({
      ...shop,
      orders: { ...shop.orders, '#W1': { ...shop.orders['#W1'], payment_history: paid(20, 'gift_card_1') } },
    });
    const { content, state } = ok('cancel_pending_order', { order_id: '#W1', reason: 'ordered by mistake' }, paidByGift);
    expect(content.status).toBe('cancelled');
    expect(content.cancel_reason).toBe('ordered by mistake');
    expect(content.payment_history[1]).toEqual({ transaction_type: 'refund', amount: 20, payment_method_id: 'gift_card_1' });
    expect(state.users.ana_silva_1.payment_methods.gift_card_1.balance).toBe(39);
  });

  it('changes the address or the payment method of an order still pending, even after an item change', () => {
    const moved = ok('modify_pending_order_address', {
      order_id: '#W3',
      address1: '2 Elm St',
      address2: 'Apt 4',
      city: 'Troy',
      state: 'NY',
      country: 'USA',
      zip: '12180',
    });
    expect(moved.content.address).toEqual({
      address1: '2 Elm St',
      address2: 'Apt 4',
      city: 'Troy',
      country: 'USA',
      state: 'NY',
      zip: '12180',
    });
    fails('modify_pending_order_address', { order_id: '#W4', ...address }, 'Non-pending order cannot be modified');

    fails(
      'modify_pending_order_payment',
      { order_id: '#W1', payment_method_id: 'gift_card_1' },
      'Insufficient gift card balance to pay for the order',
    );
    const switched = ok('modify_pending_order_payment', { order_id: '#W1', payment_method_id: 'paypal_1' });
    expect(switched.content.payment_history.slice(1)).toEqual([
      { transaction_type: 'payment', amount: 20, payment_method_id: 'paypal_1' },
      { transaction_type: 'refund', amount: 20, payment_method_id: 'credit_card_1' },
    ]);
    // Back from a gift card: the card is credited at once.
    const back = ok('modify_pending_order_payment', { order_id: '#W3', payment_method_id: 'paypal_1' });
    expect(back.state.users.ana_silva_1.payment_methods.gift_card_1.balance).toBe(31.5);
    fails(
      'modify_pending_order_payment',
      { order_id: '#W1', payment_method_id: 'credit_card_1' },
      'The new payment method should be different from the current one',
    );
    fails(
      'modify_pending_order_payment',
      { order_id: '#W1', payment_method_id: 'gift_card_1' },
      'There should be exactly one payment for a pending order',
      switched.state as never,
    );
  });
});

describe('delivered orders', () => {
  it('requests a return to the original method or a gift card, with the items sorted', () => {
    fails(
      'return_delivered_order_items',
      { order_id: '#W2', item_ids: ['S1'], payment_method_id: 'paypal_1' },
      'Payment method should be the original payment method',
    );
    fails(
      'return_delivered_order_items',
      { order_id: '#W2', item_ids: ['S2', 'S2'], payment_method_id: 'credit_card_1' },
      'Some item not found',
    );
    fails(
      'return_delivered_order_items',
      { order_id: '#W1', item_ids: ['S1'], payment_method_id: 'credit_card_1' },
      'Non-delivered order cannot be returned',
    );
    const { content } = ok('return_delivered_order_items', { order_id: '#W2', item_ids: ['S2', 'S1'], payment_method_id: 'gift_card_1' });
    expect(content.status).toBe('return requested');
    expect(content.return_items).toEqual(['S1', 'S2']);
    expect(content.return_payment_method_id).toBe('gift_card_1');
  });

  it('requests an exchange with the rounded price difference, checking a gift card covers it', () => {
    const { content } = ok('exchange_delivered_order_items', {
      order_id: '#W2',
      item_ids: ['S2', 'S1'],
      new_item_ids: ['S4', 'S2'],
      payment_method_id: 'credit_card_1',
    });
    expect(content.status).toBe('exchange requested');
    expect(content.exchange_items).toEqual(['S1', 'S2']);
    expect(content.exchange_new_items).toEqual(['S2', 'S4']);
    expect(content.exchange_price_difference).toBe(10);
    fails(
      'exchange_delivered_order_items',
      { order_id: '#W2', item_ids: ['S1', 'S1'], new_item_ids: ['S4', 'S4'], payment_method_id: 'gift_card_1' },
      'Insufficient gift card balance to pay for the price difference',
    );
    fails(
      'exchange_delivered_order_items',
      { order_id: '#W2', item_ids: ['S1', 'S1', 'S1'], new_item_ids: ['S2', 'S2', 'S2'], payment_method_id: 'credit_card_1' },
      'Number of S1 not found.',
    );
    fails(
      'exchange_delivered_order_items',
      { order_id: '#W2', item_ids: ['S1'], new_item_ids: ['S2', 'S4'], payment_method_id: 'credit_card_1' },
      'The number of items to be exchanged should match.',
    );
  });
});

describe('generic tools', () => {
  it('calculates with Python rounding and number text, refusing other characters', () => {
    expect(ok('calculate', { expression: '100 / 3' }).content).toBe('33.33');
    expect(ok('calculate', { expression: '2 + 2' }).content).toBe('4.0');
    fails('calculate', { expression: '2 ** x' }, 'Invalid characters in expression');
    fails('calculate', { expression: '1 / 0' }, 'division by zero');
    expect(ok('transfer_to_human_agents', { summary: 'wants a refund in cash' }).content).toBe('Transfer successful');
  });
});
