// The Retail calls every figure replays, on the `demo` preset. One place, so the in-process and
// HTTP figures measure the same work and a changed preset breaks one file, not five.

export const SERVER = 'Retail';
export const RESET_DEMO = { servers: [SERVER], presets: { [SERVER]: 'demo' }, seed: 1 };

/** The read call of the throughput figures: small answer, touches one order. */
export const READ_CALL = { name: 'Retail-get_order_details', arguments: { order_id: '#W1001' } };

const address = { address: '12 Bench Street', city: 'Springfield', state: 'IL', country: 'USA', zip_code: '62704' };

/**
 * A believable ten-call customer-service rollout: identify, read, change the order twice, update
 * the profile, check, cancel. Five reads, five writes, every call succeeds on a fresh demo world
 * (a failing call is the cheap path and would flatter the figure).
 */
export const ROLLOUT = [
  { name: 'Retail-find_user_by_email', arguments: { email: 'mia.garcia@mailbox.com' } },
  { name: 'Retail-get_user_details', arguments: { user_id: 'mia_garcia_4516' } },
  READ_CALL,
  { name: 'Retail-get_product_details', arguments: { product_id: 'P100' } },
  { name: 'Retail-modify_pending_order_address', arguments: { order_id: '#W1001', ...address } },
  {
    name: 'Retail-modify_pending_order_items',
    arguments: { order_id: '#W1001', item_ids: ['SHOE-GRY-9'], new_item_ids: ['SHOE-BLU-9'], payment_method: 'credit_card' },
  },
  { name: 'Retail-list_product_types', arguments: {} },
  { name: 'Retail-modify_user_address', arguments: { user_id: 'mia_garcia_4516', ...address } },
  READ_CALL,
  { name: 'Retail-cancel_pending_order', arguments: { order_id: '#W1001', reason: 'Changed my mind' } },
];

/** Three writes that leave a live episode with its own versions of three entities. */
export const THREE_WRITES = [
  { name: 'Retail-modify_pending_order_address', arguments: { order_id: '#W1001', ...address } },
  { name: 'Retail-modify_user_address', arguments: { user_id: 'mia_garcia_4516', ...address } },
  { name: 'Retail-cancel_pending_order', arguments: { order_id: '#W1006', reason: 'No longer needed' } },
];

/** The write call of the throughput figures: succeeds every time, so it can be repeated under load. */
export const WRITE_CALL = THREE_WRITES[1];

/** Throws when a step answered with a tool error: a benchmark of error paths measures nothing. */
export function expectSuccess(stepResult, call) {
  const failed = stepResult.results.find((result) => result.isError);
  if (failed) throw new Error(`bench: ${call.name} failed on the demo world: ${JSON.stringify(failed.content)}`);
}

/**
 * A Retail world of about `targetBytes` of JSON: the demo's shape (users with orders, a catalog)
 * repeated with fresh ids. Entities are what grows in a real shop, so this is how state grows.
 */
export function retailWorldOfSize(targetBytes) {
  const users = {};
  const orders = {};
  const products = {};
  for (let p = 0; p < 50; p++) {
    const id = `P${1000 + p}`;
    products[id] = {
      product_id: id,
      name: `Product ${p}`,
      description: `A product of the bench catalog, number ${p}`,
      item_ids: [`IT-${p}-A`, `IT-${p}-B`, `IT-${p}-C`],
    };
  }
  let bytes = JSON.stringify({ products }).length;
  for (let u = 0; bytes < targetBytes; u++) {
    const userId = `user_${u}`;
    const home = { street: `${u} Long Road`, city: 'Springfield', state: 'IL', country: 'USA' };
    const orderIds = [`#B${u}x0`, `#B${u}x1`];
    users[userId] = {
      user_id: userId,
      name: { first: `First${u}`, last: `Last${u}` },
      email: `user${u}@bench.example`,
      address: home,
      payment_methods: ['credit_card', 'paypal'],
      order_ids: orderIds,
      zip_code: String(10000 + (u % 89999)),
    };
    bytes += JSON.stringify(users[userId]).length;
    for (const orderId of orderIds) {
      const p = u % 50;
      orders[orderId] = {
        order_id: orderId,
        user_id: userId,
        status: 'pending',
        items: [{ item_id: `IT-${p}-A`, product_id: `P${1000 + p}`, status: 'normal' }],
        total_amount: 10 + (u % 90),
        address: home,
      };
      bytes += JSON.stringify(orders[orderId]).length;
    }
  }
  return { users, products, orders };
}
