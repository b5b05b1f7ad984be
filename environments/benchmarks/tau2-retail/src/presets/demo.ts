import { shippedDb } from '../scenario.js';

// A small slice of τ²'s own database, for exploring by hand: three customers with every order
// they placed and every product those orders touch. Between them: a gift card, PayPal and
// credit cards; pending, processed, delivered and cancelled orders.
const CUSTOMERS = ['yusuf_rossi_9620', 'mei_kovacs_8020', 'mia_garcia_4516'];

function slice() {
  const users = Object.fromEntries(CUSTOMERS.map((id) => [id, shippedDb.users[id]]));
  const orderIds = CUSTOMERS.flatMap((id) => shippedDb.users[id]?.orders ?? []);
  const orders = Object.fromEntries(orderIds.map((id) => [id, shippedDb.orders[id]]));
  const productIds = new Set(orderIds.flatMap((id) => shippedDb.orders[id]?.items.map((item) => item.product_id) ?? []));
  const products = Object.fromEntries([...productIds].map((id) => [id, shippedDb.products[id]]));
  return JSON.parse(JSON.stringify({ products, users, orders }));
}

export const demo = slice();
