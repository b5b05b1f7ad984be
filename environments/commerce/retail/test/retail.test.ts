import { describe, expect, it } from 'vitest';
import { retail } from '../src/index.js';

const home = { street: '1 Main St', city: 'Albany', state: 'NY', country: 'USA' };

// A small shop of our own: two customers called Silva told apart by zip code, one with no payment
// method; a pending order holding the same shirt twice; a delivered order with a returned lamp; an
// item (SHARED) listed under two products; orders of a user who has no account.
const shop = {
  users: {
    U1: {
      user_id: 'U1',
      name: { first: 'Ana', last: 'Silva' },
      email: 'ana@shop.com',
      address: home,
      payment_methods: ['credit_card', 'paypal'],
      order_ids: ['#P1', '#P2', '#D1'],
      zip_code: '10001',
    },
    U2: {
      user_id: 'U2',
      name: { first: 'Ben', last: 'Silva' },
      email: 'ben@shop.com',
      address: home,
      payment_methods: ['gift_card'],
      order_ids: ['#S1', '#C1', '#D2'],
      zip_code: '10002',
    },
    U3: {
      user_id: 'U3',
      name: { first: 'Ana', last: 'Silva' },
      email: 'ana.silva@mail.org',
      address: home,
      payment_methods: [],
      order_ids: ['#P3'],
      zip_code: '20002',
    },
  },
  products: {
    P1: { product_id: 'P1', name: 'Shirt', description: 'Cotton shirt', item_ids: ['S-RED', 'S-BLUE', 'S-GREEN'] },
    P2: { product_id: 'P2', name: 'Mug', description: 'Stoneware mug', item_ids: ['MUG-1', 'MUG-2', 'SHARED'] },
    P3: { product_id: 'P3', name: 'Lamp', description: 'Desk lamp', item_ids: ['LAMP', 'SHARED'] },
  },
  orders: {
    '#P1': {
      order_id: '#P1',
      user_id: 'U1',
      status: 'pending',
      items: [
        { item_id: 'S-RED', product_id: 'P1' },
        { item_id: 'MUG-1', product_id: 'P2' },
      ],
      total_amount: 30,
      address: home,
    },
    '#P2': {
      order_id: '#P2',
      user_id: 'U1',
      status: 'pending',
      items: [
        { item_id: 'S-RED', product_id: 'P1' },
        { item_id: 'S-RED', product_id: 'P1' },
      ],
      total_amount: 40,
      address: home,
    },
    '#P3': {
      order_id: '#P3',
      user_id: 'U3',
      status: 'pending',
      items: [{ item_id: 'LAMP', product_id: 'P3' }],
      total_amount: 25,
      address: home,
    },
    '#P4': { order_id: '#P4', user_id: 'ghost', status: 'pending', items: [], total_amount: 0, address: home },
    '#D1': {
      order_id: '#D1',
      user_id: 'U1',
      status: 'delivered',
      items: [
        { item_id: 'S-BLUE', product_id: 'P1' },
        { item_id: 'MUG-2', product_id: 'P2' },
        { item_id: 'LAMP', product_id: 'P3', status: 'returned' },
      ],
      total_amount: 55.5,
      address: home,
    },
    '#D2': {
      order_id: '#D2',
      user_id: 'U2',
      status: 'delivered',
      items: [{ item_id: 'MUG-1', product_id: 'P2' }],
      total_amount: 12,
      address: home,
    },
    '#D3': {
      order_id: '#D3',
      user_id: 'U2',
      status: 'delivered',
      items: [
        { item_id: 'MUG-1', product_id: 'P2' },
        { item_id: 'S-RED', product_id: 'P1', status: 'exchanged' },
        { item_id: 'MUG-1', product_id: 'P2' },
      ],
      total_amount: 24,
      address: home,
    },
    '#D4': {
      order_id: '#D4',
      user_id: 'ghost',
      status: 'delivered',
      items: [{ item_id: 'LAMP', product_id: 'P3' }],
      total_amount: 25,
      address: home,
    },
    '#S1': {
      order_id: '#S1',
      user_id: 'U2',
      status: 'shipped',
      items: [{ item_id: 'MUG-1', product_id: 'P2' }],
      total_amount: 12,
      address: home,
    },
    '#C1': { order_id: '#C1', user_id: 'U2', status: 'cancelled', items: [], total_amount: 0, address: home },
  },
  payment_methods: ['credit_card', 'paypal', 'alipay', 'wechat_pay', 'gift_card'],
};

type Json = Record<string, unknown>;

function succeed(name: string, args: Json, scenario: unknown = shop) {
  const before = retail.load(scenario);
  const outcome = retail.call(before, name, args);
  expect(outcome.isError, JSON.stringify(outcome.content)).toBe(false);
  return { before, content: outcome.content as Json, state: outcome.state };
}

function fail(name: string, args: Json, message: string | RegExp, scenario: unknown = shop) {
  const before = retail.load(scenario);
  const outcome = retail.call(before, name, args);
  expect(outcome.isError).toBe(true);
  const text = (outcome.content as { message: string }).message;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  expect(outcome.state).toBe(before);
}

const newAddress = { address: '9 Elm Rd', city: 'Troy', state: 'NY', country: 'USA', zip_code: '12180' };

describe('Retail: world and scenarios', () => {
  it('loads the reference default world from {}: no data, eight cancellation reasons, four payment methods', () => {
    const state = retail.load({});
    expect(state.users).toEqual({});
    expect(state.products).toEqual({});
    expect(state.orders).toEqual({});
    expect(state.valid_cancellation_reasons).toHaveLength(8);
    expect(state.payment_methods).toEqual(['credit_card', 'paypal', 'alipay', 'wechat_pay']);
  });

  it('fills item status and list defaults and saves fields in the reference order', () => {
    const state = retail.load(shop);
    expect(Object.keys(state)).toEqual(['users', 'products', 'orders', 'valid_cancellation_reasons', 'payment_methods']);
    expect(Object.keys(state.users.U1 ?? {})).toEqual(['user_id', 'name', 'email', 'address', 'payment_methods', 'order_ids', 'zip_code']);
    expect(state.orders['#P1']?.items[0]).toEqual({ item_id: 'S-RED', product_id: 'P1', status: 'normal' });
  });

  it('rejects malformed emails, zip codes, order ids and negative totals', () => {
    const user = { user_id: 'U', name: { first: 'T', last: 'U' }, email: 'a@b.co', address: {}, zip_code: '12345' };
    expect(() => retail.load({ users: { U: { ...user, email: 'invalid-email-format' } } })).toThrow(/email/);
    expect(() => retail.load({ users: { U: { ...user, zip_code: 'ABCDE' } } })).toThrow(/zip_code/);
    expect(() => retail.load({ users: { U: { ...user, email: 'zoë@exämple.de' } } })).not.toThrow();
    const order = { order_id: '#W1', user_id: 'U', status: 'pending', total_amount: 1, address: {} };
    expect(() => retail.load({ orders: { W1: { ...order, order_id: 'W1' } } })).toThrow(/order_id/);
    expect(() => retail.load({ orders: { W1: { ...order, total_amount: -1 } } })).toThrow(/total_amount/);
  });
});

describe('Retail: identifying a customer', () => {
  it('finds a user by exact email', () => {
    expect(succeed('find_user_by_email', { email: 'ben@shop.com' }).content).toEqual({
      user_id: 'U2',
      name: 'Ben Silva',
      email: 'ben@shop.com',
      zip_code: '10002',
    });
    fail('find_user_by_email', { email: 'BEN@shop.com' }, 'User not found: no account has the email "BEN@shop.com"');
    fail('find_user_by_email', { email: '' }, 'Email must be a non-empty string');
    fail('find_user_by_email', {}, 'Missing required argument "email"');
  });

  it('finds a user by name and zip, the zip telling namesakes apart', () => {
    expect(succeed('find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: '10001' }).content).toMatchObject({
      user_id: 'U1',
    });
    expect(succeed('find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: '20002' }).content).toMatchObject({
      user_id: 'U3',
      name: 'Ana Silva',
    });
    fail(
      'find_user_by_name_zip',
      { first_name: 'ana', last_name: 'Silva', zip_code: '10001' },
      'User not found: no account for ana Silva with zip code 10001',
    );
    fail('find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: '10002' }, /User not found/);
    fail('find_user_by_name_zip', { first_name: '', last_name: 'Silva', zip_code: '10001' }, 'First name must be a non-empty string');
    fail('find_user_by_name_zip', { first_name: 'Ana', last_name: '', zip_code: '10001' }, 'Last name must be a non-empty string');
    fail('find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: '' }, 'Zip code must be a non-empty string');
    fail('find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: 10001 }, /zip_code/);
  });

  it('prints a name map without first/last instead of failing', () => {
    const odd = { users: { U: { user_id: 'U', name: { first: 'Cher' }, email: 'cher@x.io', address: {}, zip_code: '90210' } } };
    expect(succeed('find_user_by_email', { email: 'cher@x.io' }, odd).content).toMatchObject({ name: 'Cher ' });
  });

  it('shows the full profile including registered payment methods', () => {
    expect(succeed('get_user_details', { user_id: 'U2' }).content).toEqual({
      user_id: 'U2',
      name: { first: 'Ben', last: 'Silva' },
      email: 'ben@shop.com',
      address: home,
      payment_methods: ['gift_card'],
      zip_code: '10002',
      order_ids: ['#S1', '#C1', '#D2'],
    });
    fail('get_user_details', { user_id: 'U9' }, 'User U9 not found');
    fail('get_user_details', { user_id: '' }, 'User ID must be a non-empty string');
  });
});

describe('Retail: address changes', () => {
  it("replaces a user's default address and zip code, leaving orders alone", () => {
    const { content, state } = succeed('modify_user_address', { user_id: 'U1', ...newAddress });
    expect(content).toEqual({ user_id: 'U1', updated_address: { street: '9 Elm Rd', city: 'Troy', state: 'NY', country: 'USA' } });
    expect(state.users.U1?.zip_code).toBe('12180');
    expect(state.orders['#P1']?.address).toEqual(home);
    const lookup = retail.call(state, 'find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: '12180' });
    expect(lookup.content).toMatchObject({ user_id: 'U1' });
  });

  it('stores a zip code that is not five digits as given, like the reference', () => {
    for (const zip of ['1218', '121800', 'ABCDE', 'SW1A 1AA', '12180-1234']) {
      const { state } = succeed('modify_user_address', { user_id: 'U1', ...newAddress, zip_code: zip });
      expect(state.users.U1?.zip_code).toBe(zip);
      expect(retail.call(state, 'find_user_by_name_zip', { first_name: 'Ana', last_name: 'Silva', zip_code: zip }).content).toMatchObject({
        user_id: 'U1',
      });
    }
    // The scenario itself still requires five digits, so such a saved world does not load again.
    const { state } = succeed('modify_user_address', { user_id: 'U1', ...newAddress, zip_code: 'ABCDE' });
    expect(() => retail.load(JSON.parse(JSON.stringify(retail.save(state))))).toThrow(/zip_code/);
  });

  it('refuses an unknown user or an empty field', () => {
    fail('modify_user_address', { user_id: 'U9', ...newAddress }, 'User U9 not found');
    fail('modify_user_address', { user_id: '', ...newAddress }, 'User ID must be a non-empty string');
    fail('modify_user_address', { user_id: 'U1', ...newAddress, address: '' }, 'Address must be a non-empty string');
    fail('modify_user_address', { user_id: 'U1', ...newAddress, city: '' }, 'City must be a non-empty string');
    fail('modify_user_address', { user_id: 'U1', ...newAddress, state: '' }, 'State must be a non-empty string');
    fail('modify_user_address', { user_id: 'U1', ...newAddress, country: '' }, 'Country must be a non-empty string');
    fail('modify_user_address', { user_id: 'U1', ...newAddress, zip_code: '' }, 'Zip code must be a non-empty string');
    const { city: _omitted, ...withoutCity } = newAddress;
    fail('modify_user_address', { user_id: 'U1', ...withoutCity }, 'Missing required argument "city"');
  });

  it('changes the shipping address of a pending order only, zip code included', () => {
    const { content, state } = succeed('modify_pending_order_address', { order_id: '#P1', ...newAddress });
    expect(content).toEqual({
      order_id: '#P1',
      user_id: 'U1',
      status: 'pending',
      item_ids: ['S-RED', 'MUG-1'],
      total_amount: 30,
      address: { street: '9 Elm Rd', city: 'Troy', state: 'NY', country: 'USA', zip_code: '12180' },
    });
    expect(state.users.U1?.address).toEqual(home);
    fail(
      'modify_pending_order_address',
      { order_id: '#D1', ...newAddress },
      'Order #D1 is not in pending status (its status is "delivered")',
    );
    fail(
      'modify_pending_order_address',
      { order_id: '#S1', ...newAddress },
      'Order #S1 is not in pending status (its status is "shipped")',
    );
    fail('modify_pending_order_address', { order_id: '#X', ...newAddress }, 'Order #X not found');
    fail('modify_pending_order_address', { order_id: '', ...newAddress }, 'Order ID must be a non-empty string');
    fail('modify_pending_order_address', { order_id: '#P1', ...newAddress, country: '' }, 'Country must be a non-empty string');
    fail('modify_pending_order_address', { order_id: '#P1', ...newAddress, zip_code: '' }, 'Zip code must be a non-empty string');
  });

  it('stores any non-empty zip code on a pending order', () => {
    const { content } = succeed('modify_pending_order_address', { order_id: '#P1', ...newAddress, zip_code: 'K1A 0B1' });
    expect(content).toMatchObject({ address: { zip_code: 'K1A 0B1' } });
    expect(
      succeed('modify_pending_order_address', { order_id: '#P1', ...newAddress, zip_code: '1234' }).state.orders['#P1']?.address.zip_code,
    ).toBe('1234');
  });
});

describe('Retail: catalog and orders', () => {
  it('lists products and shows their variants', () => {
    expect(succeed('list_product_types', {}).content).toEqual({
      products: [
        { product_id: 'P1', name: 'Shirt' },
        { product_id: 'P2', name: 'Mug' },
        { product_id: 'P3', name: 'Lamp' },
      ],
    });
    expect(succeed('get_product_details', { product_id: 'P2' }).content).toEqual({
      name: 'Mug',
      description: 'Stoneware mug',
      item_ids: ['MUG-1', 'MUG-2', 'SHARED'],
    });
    fail('get_product_details', { product_id: 'P9' }, 'Product P9 not found');
    fail('get_product_details', { product_id: '' }, 'Product ID must be a non-empty string');
  });

  it('shows an order by id with its "#"', () => {
    expect(succeed('get_order_details', { order_id: '#D1' }).content).toEqual({
      order_id: '#D1',
      user_id: 'U1',
      status: 'delivered',
      item_ids: ['S-BLUE', 'MUG-2', 'LAMP'],
      total_amount: 55.5,
      address: home,
    });
    fail('get_order_details', { order_id: 'D1' }, 'Order D1 not found');
    fail('get_order_details', { order_id: '' }, 'Order ID must be a non-empty string');
  });
});

describe('Retail: cancelling', () => {
  it('cancels a pending order with a listed reason', () => {
    const { content, state } = succeed('cancel_pending_order', { order_id: '#P1', reason: 'Ordered by mistake' });
    expect(content).toMatchObject({
      order_id: '#P1',
      status: 'cancelled',
      items: [
        { item_id: 'S-RED', product_id: 'P1', status: 'normal' },
        { item_id: 'MUG-1', product_id: 'P2', status: 'normal' },
      ],
    });
    expect(state.orders['#P1']?.status).toBe('cancelled');
    const again = retail.call(state, 'cancel_pending_order', { order_id: '#P1', reason: 'Ordered by mistake' });
    expect(again).toMatchObject({ isError: true, content: { message: 'Order #P1 is not in pending status (its status is "cancelled")' } });
    expect(again.state).toBe(state);
  });

  it('never cancels a delivered, shipped or cancelled order', () => {
    fail(
      'cancel_pending_order',
      { order_id: '#D1', reason: 'Changed my mind' },
      'Order #D1 is not in pending status (its status is "delivered")',
    );
    fail(
      'cancel_pending_order',
      { order_id: '#S1', reason: 'Changed my mind' },
      'Order #S1 is not in pending status (its status is "shipped")',
    );
    fail(
      'cancel_pending_order',
      { order_id: '#C1', reason: 'Changed my mind' },
      'Order #C1 is not in pending status (its status is "cancelled")',
    );
  });

  it('accepts only the listed reasons, exactly spelled', () => {
    fail(
      'cancel_pending_order',
      { order_id: '#P1', reason: 'changed my mind' },
      /^Invalid cancellation reason "changed my mind": use one of Changed my mind; /,
    );
    fail('cancel_pending_order', { order_id: '#P1', reason: 'Too expensive' }, /^Invalid cancellation reason "Too expensive"/);
    fail('cancel_pending_order', { order_id: '#P1', reason: '' }, 'Reason must be a non-empty string');
    fail('cancel_pending_order', { order_id: '#P9', reason: 'Changed my mind' }, 'Order #P9 not found');
    fail('cancel_pending_order', { order_id: '', reason: 'Changed my mind' }, 'Order ID must be a non-empty string');
  });
});

const lines = (state: ReturnType<typeof retail.load>, orderId: string) =>
  state.orders[orderId]?.items.map((item) => `${item.item_id}/${item.product_id}/${item.status}`);

describe('Retail: payment method rules', () => {
  it('switches payment of a pending order to a method the shop accepts, changing no data', () => {
    const { content, state, before } = succeed('modify_pending_order_payment', { order_id: '#P1', payment_method: 'paypal' });
    expect(content).toMatchObject({ order_id: '#P1', status: 'pending', total_amount: 30 });
    expect(state).toBe(before);
  });

  it("accepts any method the shop accepts, even one the order's owner has not registered", () => {
    expect(succeed('modify_pending_order_payment', { order_id: '#P1', payment_method: 'gift_card' }).content).toMatchObject({
      order_id: '#P1',
    });
    expect(succeed('modify_pending_order_payment', { order_id: '#P3', payment_method: 'paypal' }).content).toMatchObject({ user_id: 'U3' });
    expect(succeed('modify_pending_order_payment', { order_id: '#P4', payment_method: 'wechat_pay' }).content).toMatchObject({
      user_id: 'ghost',
    });
    expect(
      succeed('modify_pending_order_items', { order_id: '#P1', item_ids: ['S-RED'], new_item_ids: ['S-BLUE'], payment_method: 'alipay' })
        .content,
    ).toMatchObject({ status: 'pending' });
    expect(
      succeed('return_delivered_order_items', { order_id: '#D1', item_ids: ['MUG-2'], payment_method: 'wechat_pay' }).content,
    ).toMatchObject({ status: 'return requested' });
    expect(
      succeed('exchange_delivered_order_items', { order_id: '#D4', item_ids: ['LAMP'], new_item_ids: ['LAMP'], payment_method: 'alipay' })
        .content,
    ).toMatchObject({ status: 'exchange requested' });
  });

  it('refuses a method the shop does not accept, exactly spelled, even if the owner registered it', () => {
    fail(
      'modify_pending_order_payment',
      { order_id: '#P1', payment_method: 'bitcoin' },
      'Invalid payment method "bitcoin": the shop accepts credit_card, paypal, alipay, wechat_pay, gift_card',
    );
    fail('modify_pending_order_payment', { order_id: '#P1', payment_method: 'PayPal' }, /^Invalid payment method "PayPal"/);
    const noGiftCards = { ...shop, payment_methods: ['credit_card', 'paypal'] };
    fail(
      'return_delivered_order_items',
      { order_id: '#D2', item_ids: ['MUG-1'], payment_method: 'gift_card' },
      'Invalid payment method "gift_card": the shop accepts credit_card, paypal',
      noGiftCards,
    );
    fail(
      'modify_pending_order_items',
      { order_id: '#P1', item_ids: ['S-RED'], new_item_ids: ['S-BLUE'], payment_method: 'venmo' },
      /^Invalid payment method "venmo"/,
    );
    fail(
      'exchange_delivered_order_items',
      { order_id: '#D1', item_ids: ['MUG-2'], new_item_ids: ['MUG-1'], payment_method: 'venmo' },
      /^Invalid payment method "venmo"/,
    );
  });

  it('only for pending orders, and needs a method', () => {
    fail(
      'modify_pending_order_payment',
      { order_id: '#D1', payment_method: 'paypal' },
      'Order #D1 is not in pending status (its status is "delivered")',
    );
    fail('modify_pending_order_payment', { order_id: '#P1', payment_method: '' }, 'Payment method must be a non-empty string');
    fail('modify_pending_order_payment', { order_id: '#Q', payment_method: 'paypal' }, 'Order #Q not found');
  });

  it('checks the order status before the payment method', () => {
    fail(
      'modify_pending_order_payment',
      { order_id: '#D1', payment_method: 'bitcoin' },
      'Order #D1 is not in pending status (its status is "delivered")',
    );
    fail(
      'return_delivered_order_items',
      { order_id: '#P1', item_ids: ['S-RED'], payment_method: 'bitcoin' },
      'Order #P1 is not in delivered status (its status is "pending")',
    );
  });
});

describe('Retail: modifying items of a pending order', () => {
  it('removes the listed items and appends the new ones at the end', () => {
    const { content, state } = succeed('modify_pending_order_items', {
      order_id: '#P1',
      item_ids: ['S-RED'],
      new_item_ids: ['S-GREEN'],
      payment_method: 'credit_card',
    });
    expect(content).toEqual({
      order_id: '#P1',
      user_id: 'U1',
      status: 'pending',
      items: [
        { item_id: 'MUG-1', product_id: 'P2', status: 'normal' },
        { item_id: 'S-GREEN', product_id: 'P1', status: 'normal' },
      ],
      total_amount: 30,
      address: home,
    });
    expect(lines(state, '#P1')).toEqual(['MUG-1/P2/normal', 'S-GREEN/P1/normal']);
  });

  it('reads JSON-string lists and keeps the order of new_item_ids', () => {
    const { content } = succeed('modify_pending_order_items', {
      order_id: '#P1',
      item_ids: '["MUG-1", "S-RED"]',
      new_item_ids: '["MUG-2", "S-BLUE"]',
      payment_method: 'paypal',
    });
    expect((content.items as { item_id: string }[]).map((i) => i.item_id)).toEqual(['MUG-2', 'S-BLUE']);
  });

  it('removes every line of an item the order holds twice, and adds each listed new id', () => {
    expect(
      lines(
        succeed('modify_pending_order_items', { order_id: '#P2', item_ids: ['S-RED'], new_item_ids: ['S-BLUE'], payment_method: 'paypal' })
          .state,
        '#P2',
      ),
    ).toEqual(['S-BLUE/P1/normal']);
    expect(
      lines(
        succeed('modify_pending_order_items', {
          order_id: '#P2',
          item_ids: ['S-RED', 'S-RED', 'S-RED'],
          new_item_ids: ['S-BLUE', 'S-BLUE'],
          payment_method: 'paypal',
        }).state,
        '#P2',
      ),
    ).toEqual(['S-BLUE/P1/normal', 'S-BLUE/P1/normal']);
  });

  it('does not pair the lists: other products, unknown items and unequal lengths are taken as given', () => {
    expect(
      lines(
        succeed('modify_pending_order_items', { order_id: '#P1', item_ids: ['S-RED'], new_item_ids: ['MUG-2'], payment_method: 'paypal' })
          .state,
        '#P1',
      ),
    ).toEqual(['MUG-1/P2/normal', 'MUG-2/P2/normal']);
    expect(
      lines(
        succeed('modify_pending_order_items', { order_id: '#P1', item_ids: ['S-RED'], new_item_ids: ['S-PINK'], payment_method: 'paypal' })
          .state,
        '#P1',
      ),
    ).toEqual(['MUG-1/P2/normal', 'S-PINK/unknown/normal']);
    expect(
      lines(
        succeed('modify_pending_order_items', {
          order_id: '#P1',
          item_ids: ['S-RED', 'MUG-1'],
          new_item_ids: ['S-BLUE'],
          payment_method: 'paypal',
        }).state,
        '#P1',
      ),
    ).toEqual(['S-BLUE/P1/normal']);
    expect(
      lines(
        succeed('modify_pending_order_items', { order_id: '#P1', item_ids: ['S-RED', 'MUG-1'], new_item_ids: [], payment_method: 'paypal' })
          .state,
        '#P1',
      ),
    ).toEqual([]);
  });

  it('records a new item under the first catalog product listing it', () => {
    expect(
      lines(
        succeed('modify_pending_order_items', { order_id: '#P1', item_ids: ['MUG-1'], new_item_ids: ['SHARED'], payment_method: 'paypal' })
          .state,
        '#P1',
      ),
    ).toEqual(['S-RED/P1/normal', 'SHARED/P2/normal']);
  });

  it('ignores listed items the order does not hold; empty lists leave the items as they were', () => {
    expect(
      lines(
        succeed('modify_pending_order_items', {
          order_id: '#P1',
          item_ids: ['S-BLUE'],
          new_item_ids: ['S-GREEN'],
          payment_method: 'paypal',
        }).state,
        '#P1',
      ),
    ).toEqual(['S-RED/P1/normal', 'MUG-1/P2/normal', 'S-GREEN/P1/normal']);
    const { state, content } = succeed('modify_pending_order_items', {
      order_id: '#P1',
      item_ids: [],
      new_item_ids: [],
      payment_method: 'paypal',
    });
    expect(lines(state, '#P1')).toEqual(['S-RED/P1/normal', 'MUG-1/P2/normal']);
    expect(content).toMatchObject({ status: 'pending' });
  });

  it('only pending orders can be modified, with a method and list arguments', () => {
    fail(
      'modify_pending_order_items',
      { order_id: '#D1', item_ids: ['S-BLUE'], new_item_ids: ['S-RED'], payment_method: 'paypal' },
      'Order #D1 is not in pending status (its status is "delivered")',
    );
    fail(
      'modify_pending_order_items',
      { order_id: '#S1', item_ids: ['MUG-1'], new_item_ids: ['MUG-2'], payment_method: 'gift_card' },
      'Order #S1 is not in pending status (its status is "shipped")',
    );
    fail(
      'modify_pending_order_items',
      { order_id: '#Z', item_ids: ['MUG-1'], new_item_ids: ['MUG-2'], payment_method: 'paypal' },
      'Order #Z not found',
    );
    fail(
      'modify_pending_order_items',
      { order_id: '', item_ids: ['MUG-1'], new_item_ids: ['MUG-2'], payment_method: 'paypal' },
      'Order ID must be a non-empty string',
    );
    fail(
      'modify_pending_order_items',
      { order_id: '#P1', item_ids: ['MUG-1'], new_item_ids: ['MUG-2'], payment_method: '' },
      'Payment method must be a non-empty string',
    );
    fail(
      'modify_pending_order_items',
      { order_id: '#P1', item_ids: 'S-RED', new_item_ids: ['S-BLUE'], payment_method: 'paypal' },
      /item_ids/,
    );
  });

  it('a cancelled order can no longer be modified', () => {
    const { state } = succeed('cancel_pending_order', { order_id: '#P2', reason: 'Changed my mind' });
    const again = retail.call(state, 'modify_pending_order_items', {
      order_id: '#P2',
      item_ids: ['S-RED'],
      new_item_ids: ['S-BLUE'],
      payment_method: 'paypal',
    });
    expect(again).toMatchObject({ isError: true, content: { message: 'Order #P2 is not in pending status (its status is "cancelled")' } });
    expect(again.state).toBe(state);
  });
});

describe('Retail: returns (refunds)', () => {
  it('marks returned items and requests the return', () => {
    const { content, state } = succeed('return_delivered_order_items', { order_id: '#D1', item_ids: ['MUG-2'], payment_method: 'paypal' });
    expect(content).toEqual({
      order_id: '#D1',
      user_id: 'U1',
      status: 'return requested',
      items: [
        { item_id: 'S-BLUE', product_id: 'P1', status: 'normal' },
        { item_id: 'MUG-2', product_id: 'P2', status: 'returned' },
        { item_id: 'LAMP', product_id: 'P3', status: 'returned' },
      ],
      total_amount: 55.5,
      address: home,
    });
    const second = retail.call(state, 'return_delivered_order_items', { order_id: '#D1', item_ids: ['S-BLUE'], payment_method: 'paypal' });
    expect(second).toMatchObject({
      isError: true,
      content: { message: 'Order #D1 is not in delivered status (its status is "return requested")' },
    });
    expect(second.state).toBe(state);
    const exchange = retail.call(state, 'exchange_delivered_order_items', {
      order_id: '#D1',
      item_ids: ['S-BLUE'],
      new_item_ids: ['S-RED'],
      payment_method: 'paypal',
    });
    expect(exchange).toMatchObject({
      isError: true,
      content: { message: 'Order #D1 is not in delivered status (its status is "return requested")' },
    });
    expect(exchange.state).toBe(state);
  });

  it('marks every line of a listed item, whatever its status', () => {
    expect(
      lines(
        succeed('return_delivered_order_items', { order_id: '#D3', item_ids: ['MUG-1', 'S-RED'], payment_method: 'gift_card' }).state,
        '#D3',
      ),
    ).toEqual(['MUG-1/P2/returned', 'S-RED/P1/returned', 'MUG-1/P2/returned']);
    expect(
      lines(succeed('return_delivered_order_items', { order_id: '#D1', item_ids: ['LAMP'], payment_method: 'paypal' }).state, '#D1'),
    ).toEqual(['S-BLUE/P1/normal', 'MUG-2/P2/normal', 'LAMP/P3/returned']);
  });

  it('requests the return even when no listed item is in the order', () => {
    for (const itemIds of [[], ['MUG-1', 'NOPE']]) {
      const { state, content } = succeed('return_delivered_order_items', { order_id: '#D1', item_ids: itemIds, payment_method: 'paypal' });
      expect(content).toMatchObject({ status: 'return requested' });
      expect(lines(state, '#D1')).toEqual(['S-BLUE/P1/normal', 'MUG-2/P2/normal', 'LAMP/P3/returned']);
    }
  });

  it('only delivered orders, with a method', () => {
    fail(
      'return_delivered_order_items',
      { order_id: '#P1', item_ids: ['S-RED'], payment_method: 'paypal' },
      'Order #P1 is not in delivered status (its status is "pending")',
    );
    fail(
      'return_delivered_order_items',
      { order_id: '#S1', item_ids: ['MUG-1'], payment_method: 'gift_card' },
      'Order #S1 is not in delivered status (its status is "shipped")',
    );
    fail(
      'return_delivered_order_items',
      { order_id: '#D1', item_ids: ['MUG-2'], payment_method: '' },
      'Payment method must be a non-empty string',
    );
    fail('return_delivered_order_items', { order_id: '#D9', item_ids: ['MUG-2'], payment_method: 'paypal' }, 'Order #D9 not found');
    fail(
      'return_delivered_order_items',
      { order_id: '', item_ids: ['MUG-2'], payment_method: 'paypal' },
      'Order ID must be a non-empty string',
    );
  });
});

describe('Retail: exchanges', () => {
  it('marks the old items exchanged and appends the new ones', () => {
    const { content, state } = succeed('exchange_delivered_order_items', {
      order_id: '#D1',
      item_ids: ['S-BLUE', 'MUG-2'],
      new_item_ids: ['S-RED', 'MUG-1'],
      payment_method: 'credit_card',
    });
    expect(content).toMatchObject({
      status: 'exchange requested',
      items: [
        { item_id: 'S-BLUE', product_id: 'P1', status: 'exchanged' },
        { item_id: 'MUG-2', product_id: 'P2', status: 'exchanged' },
        { item_id: 'LAMP', product_id: 'P3', status: 'returned' },
        { item_id: 'S-RED', product_id: 'P1', status: 'normal' },
        { item_id: 'MUG-1', product_id: 'P2', status: 'normal' },
      ],
    });
    expect(state.orders['#D1']?.status).toBe('exchange requested');
    const again = retail.call(state, 'exchange_delivered_order_items', {
      order_id: '#D1',
      item_ids: ['S-RED'],
      new_item_ids: ['S-BLUE'],
      payment_method: 'paypal',
    });
    expect(again).toMatchObject({
      isError: true,
      content: { message: 'Order #D1 is not in delivered status (its status is "exchange requested")' },
    });
    expect(again.state).toBe(state);
  });

  it('does not pair the lists: other products, unknown items and unequal lengths are taken as given', () => {
    expect(
      lines(
        succeed('exchange_delivered_order_items', {
          order_id: '#D1',
          item_ids: ['S-BLUE'],
          new_item_ids: ['LAMP'],
          payment_method: 'paypal',
        }).state,
        '#D1',
      ),
    ).toEqual(['S-BLUE/P1/exchanged', 'MUG-2/P2/normal', 'LAMP/P3/returned', 'LAMP/P3/normal']);
    expect(
      lines(
        succeed('exchange_delivered_order_items', {
          order_id: '#D1',
          item_ids: ['S-BLUE'],
          new_item_ids: ['S-XL', 'SHARED'],
          payment_method: 'paypal',
        }).state,
        '#D1',
      ),
    ).toEqual(['S-BLUE/P1/exchanged', 'MUG-2/P2/normal', 'LAMP/P3/returned', 'S-XL/unknown/normal', 'SHARED/P2/normal']);
    expect(
      lines(
        succeed('exchange_delivered_order_items', {
          order_id: '#D1',
          item_ids: ['S-BLUE', 'MUG-2'],
          new_item_ids: [],
          payment_method: 'paypal',
        }).state,
        '#D1',
      ),
    ).toEqual(['S-BLUE/P1/exchanged', 'MUG-2/P2/exchanged', 'LAMP/P3/returned']);
  });

  it('marks every line of a listed item, whatever its status, before adding the new ones', () => {
    expect(
      lines(
        succeed('exchange_delivered_order_items', {
          order_id: '#D3',
          item_ids: ['MUG-1'],
          new_item_ids: ['MUG-1'],
          payment_method: 'gift_card',
        }).state,
        '#D3',
      ),
    ).toEqual(['MUG-1/P2/exchanged', 'S-RED/P1/exchanged', 'MUG-1/P2/exchanged', 'MUG-1/P2/normal']);
    expect(
      lines(
        succeed('exchange_delivered_order_items', { order_id: '#D1', item_ids: ['LAMP'], new_item_ids: ['LAMP'], payment_method: 'paypal' })
          .state,
        '#D1',
      ),
    ).toEqual(['S-BLUE/P1/normal', 'MUG-2/P2/normal', 'LAMP/P3/exchanged', 'LAMP/P3/normal']);
  });

  it('requests the exchange even when nothing listed is in the order', () => {
    const { state, content } = succeed('exchange_delivered_order_items', {
      order_id: '#D1',
      item_ids: [],
      new_item_ids: [],
      payment_method: 'paypal',
    });
    expect(content).toMatchObject({ status: 'exchange requested' });
    expect(lines(state, '#D1')).toEqual(['S-BLUE/P1/normal', 'MUG-2/P2/normal', 'LAMP/P3/returned']);
    expect(
      lines(
        succeed('exchange_delivered_order_items', {
          order_id: '#D1',
          item_ids: ['S-GREEN'],
          new_item_ids: ['S-RED'],
          payment_method: 'paypal',
        }).state,
        '#D1',
      ),
    ).toEqual(['S-BLUE/P1/normal', 'MUG-2/P2/normal', 'LAMP/P3/returned', 'S-RED/P1/normal']);
  });

  it('only delivered orders, with a method', () => {
    fail(
      'exchange_delivered_order_items',
      { order_id: '#P1', item_ids: ['S-RED'], new_item_ids: ['S-BLUE'], payment_method: 'paypal' },
      'Order #P1 is not in delivered status (its status is "pending")',
    );
    fail(
      'exchange_delivered_order_items',
      { order_id: '#C1', item_ids: ['S-RED'], new_item_ids: ['S-BLUE'], payment_method: 'gift_card' },
      'Order #C1 is not in delivered status (its status is "cancelled")',
    );
    fail(
      'exchange_delivered_order_items',
      { order_id: '', item_ids: ['S-BLUE'], new_item_ids: ['S-RED'], payment_method: 'paypal' },
      'Order ID must be a non-empty string',
    );
    fail(
      'exchange_delivered_order_items',
      { order_id: '#D8', item_ids: ['S-BLUE'], new_item_ids: ['S-RED'], payment_method: 'paypal' },
      'Order #D8 not found',
    );
    fail(
      'exchange_delivered_order_items',
      { order_id: '#D1', item_ids: ['S-BLUE'], new_item_ids: ['S-RED'], payment_method: '' },
      'Payment method must be a non-empty string',
    );
    fail(
      'exchange_delivered_order_items',
      { order_id: '#D1', item_ids: ['S-BLUE'], new_item_ids: 'S-RED', payment_method: 'paypal' },
      /new_item_ids/,
    );
  });
});

describe('Retail: demo preset', () => {
  it('is internally consistent', () => {
    const state = retail.loadPreset('demo');
    const variants = new Map(Object.values(state.products).flatMap((p) => p.item_ids.map((item) => [item, p.product_id] as const)));
    for (const order of Object.values(state.orders)) {
      expect(state.users[order.user_id]?.order_ids).toContain(order.order_id);
      for (const item of order.items) expect(variants.get(item.item_id)).toBe(item.product_id);
    }
    expect(Object.keys(state.users).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(state.orders).length).toBeGreaterThanOrEqual(20);
  });

  it('tells the two Daniel Kims apart by zip code', () => {
    const state = retail.loadPreset('demo');
    const seattle = retail.call(state, 'find_user_by_name_zip', { first_name: 'Daniel', last_name: 'Kim', zip_code: '98101' });
    const austin = retail.call(state, 'find_user_by_name_zip', { first_name: 'Daniel', last_name: 'Kim', zip_code: '78701' });
    expect(seattle.content).toMatchObject({ user_id: 'daniel_kim_2201' });
    expect(austin.content).toMatchObject({ user_id: 'daniel_kim_7730' });
  });
});
