import { anyInteger, defineTool, type Draft, formatFixed, ownEntry, parsePythonFloat, pythonStr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Customer, Order, OrderLineItem, ShopifyState } from '../scenario.js';
import { firstPage } from './limits.js';
import { type Issues, readInteger, readText } from './loose-values.js';

const STATUS_FILTERS: Record<string, (order: Draft<Order>) => boolean> = {
  open: (order) => order.fulfillment_status !== 'fulfilled',
  closed: (order) => order.fulfillment_status === 'fulfilled',
  cancelled: (order) => order.financial_status === 'refunded',
};

export const getOrders = defineTool({
  name: 'get_orders',
  description:
    'List orders with their line items and customer, oldest first. status: "open" (not yet fulfilled), "closed" ' +
    '(fulfilled), "cancelled" (refunded) or "any"/omitted for all. limit defaults to 50 and is capped at 250. ' +
    'created_at_min is accepted but has no effect: orders carry no creation date.',
  input: z.object({
    status: z.string().nullable().default(null),
    limit: anyInteger().default(50),
    created_at_min: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ShopifyState>, args) => {
    let orders = Object.values(state.orders);
    // An unrecognised status filters nothing, like "any".
    const keep = args.status && ownEntry(STATUS_FILTERS, args.status);
    if (keep) orders = orders.filter(keep);
    return { orders: firstPage(orders, args.limit) };
  },
});

// A line item needs variant_id (null allowed), quantity (integer ≥ 1) and price (a decimal string).
// Its title is "Product Variant <variant_id as sent>"; the total is the sum of price × quantity.
function buildLineItem(raw: Record<string, unknown>, position: number): { item: OrderLineItem; amount: number } {
  const where = `Line item ${position}`;
  for (const key of ['variant_id', 'quantity', 'price']) {
    if (!Object.hasOwn(raw, key)) throw new ToolError(`${where} is missing "${key}"`);
  }
  const issues: Issues = [];
  const quantity = readInteger(raw.quantity, 'quantity', issues, 1);
  const price = readText(raw.price, 'price', issues);
  const variantId = raw.variant_id === null ? null : readInteger(raw.variant_id, 'variant_id', issues, 0);
  if (issues.length > 0) throw new ToolError(`${where}: ${issues.join('; ')}`);
  const unitPrice = parsePythonFloat(price);
  if (unitPrice === undefined) throw new ToolError(`${where}: price ${JSON.stringify(price)} is not a number`);
  // The total multiplies by the quantity as sent: text such as "2" is refused rather than read.
  if (typeof raw.quantity === 'string')
    throw new ToolError(`${where}: quantity must be a number, not the string ${JSON.stringify(raw.quantity)}`);
  return {
    item: { title: `Product Variant ${pythonStr(raw.variant_id)}`, quantity, price, variant_id: variantId },
    amount: unitPrice * Number(raw.quantity),
  };
}

function buildCustomer(raw: Record<string, unknown>): Customer {
  if (!Object.hasOwn(raw, 'email')) throw new ToolError('Customer is missing "email"');
  const issues: Issues = [];
  const customer = {
    id: null,
    email: readText(raw.email, 'email', issues),
    first_name: readText(Object.hasOwn(raw, 'first_name') ? raw.first_name : '', 'first_name', issues),
    last_name: readText(Object.hasOwn(raw, 'last_name') ? raw.last_name : '', 'last_name', issues),
    orders_count: 0,
    total_spent: '0.00',
  };
  if (issues.length > 0) throw new ToolError(`Customer: ${issues.join('; ')}`);
  return customer;
}

export const createOrder = defineTool({
  name: 'create_order',
  description:
    'Place an order. line_items: non-empty list of {variant_id, quantity, price} with price as a string such as ' +
    '"29.99"; customer (optional): {email, first_name, last_name}, kept on the order only (the customer list is not ' +
    'changed); financial_status: "pending" (default), "authorized" or "paid". The order gets the next number ' +
    '("#1001") and total = Σ price × quantity. Returns {order: {id, name, total_price, financial_status}}.',
  input: z.object({
    line_items: z.array(z.record(z.string(), z.any())),
    customer: z.record(z.string(), z.any()).nullable().default(null),
    financial_status: z.string().nullable().default(null),
  }),
  handler: (state: Draft<ShopifyState>, args) => {
    if (args.line_items.length === 0) throw new ToolError('Line items must be a non-empty list');
    const id = state.next_order_id;
    state.next_order_id += 1;
    let total = 0;
    const lineItems = args.line_items.map((raw, index) => {
      const { item, amount } = buildLineItem(raw, index + 1);
      total += amount;
      return item;
    });
    const customer = args.customer && Object.keys(args.customer).length > 0 ? buildCustomer(args.customer) : null;
    const order = {
      id,
      name: `#${id}`,
      total_price: formatFixed(total, 2),
      financial_status: args.financial_status || 'pending',
      fulfillment_status: null,
      line_items: lineItems,
      customer,
    };
    state.orders[String(id)] = order;
    return { order: { id, name: order.name, total_price: order.total_price, financial_status: order.financial_status } };
  },
});
