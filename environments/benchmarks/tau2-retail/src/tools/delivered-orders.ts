import { compareCodePoints, type Draft, pythonRound, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineRetailTool, type RetailDb } from '../scenario.js';
import { countOf, firstMissingItem, getOrder, getPaymentMethod, getUser, getVariant } from './lookups.js';

const sorted = (ids: readonly string[]) => [...ids].sort(compareCodePoints);

export const returnDeliveredOrderItems = defineRetailTool({
  name: 'return_delivered_order_items',
  description:
    "Request the return of items (duplicates allowed) of a delivered order; the status becomes 'return requested' " +
    'and the customer gets an email on how to send them back. The refund goes to the original payment method or to ' +
    "a gift card of the customer. Explain the details and get the customer's explicit yes before calling. Returns " +
    'the updated order.',
  input: z.object({ order_id: z.string(), item_ids: z.array(z.string()), payment_method_id: z.string() }),
  handler: (db: Draft<RetailDb>, args) => {
    const order = getOrder(db, args.order_id);
    if (order.status !== 'delivered') throw new ToolError('Non-delivered order cannot be returned');
    const user = getUser(db, order.user_id);
    const method = getPaymentMethod(db, user.user_id, args.payment_method_id);
    if (method.source !== 'gift_card') {
      const original = order.payment_history[0];
      // Python's IndexError on an order without payments, word for word.
      if (!original) throw new ToolError('list index out of range');
      if (args.payment_method_id !== original.payment_method_id)
        throw new ToolError('Payment method should be the original payment method');
    }
    if (firstMissingItem(order, args.item_ids) !== undefined) throw new ToolError('Some item not found');
    order.status = 'return requested';
    order.return_items = sorted(args.item_ids);
    order.return_payment_method_id = args.payment_method_id;
    return order;
  },
});

export const exchangeDeliveredOrderItems = defineRetailTool({
  name: 'exchange_delivered_order_items',
  description:
    'Request the exchange of items of a delivered order for other available items of the same product: ' +
    "item_ids[i] for new_item_ids[i] (duplicates allowed). The status becomes 'exchange requested'; the price " +
    'difference is settled on payment_method_id (a gift card must cover a charge). A delivered order can be ' +
    "returned or exchanged once. Explain the details and get the customer's explicit yes before calling. Returns " +
    'the updated order.',
  input: z.object({
    order_id: z.string(),
    item_ids: z.array(z.string()),
    new_item_ids: z.array(z.string()),
    payment_method_id: z.string(),
  }),
  handler: (db: Draft<RetailDb>, args) => {
    const order = getOrder(db, args.order_id);
    if (order.status !== 'delivered') throw new ToolError('Non-delivered order cannot be exchanged');
    const held = order.items.map((item) => item.item_id);
    const missing = args.item_ids.find((id) => countOf(args.item_ids, id) > countOf(held, id));
    if (missing !== undefined) throw new ToolError(`Number of ${missing} not found.`);
    if (args.item_ids.length !== args.new_item_ids.length) throw new ToolError('The number of items to be exchanged should match.');

    let difference = 0;
    args.item_ids.forEach((itemId, index) => {
      const newItemId = args.new_item_ids[index] as string;
      const item = order.items.find((each) => each.item_id === itemId);
      if (!item) throw new ToolError(`Item ${itemId} not found`);
      const variant = getVariant(db, item.product_id, newItemId);
      if (!variant.available) throw new ToolError(`New item ${newItemId} not found or available`);
      difference += variant.price - item.price;
    });
    difference = pythonRound(difference, 2);

    const method = getPaymentMethod(db, order.user_id, args.payment_method_id);
    if (method.source === 'gift_card' && method.balance < difference) {
      throw new ToolError('Insufficient gift card balance to pay for the price difference');
    }
    order.status = 'exchange requested';
    order.exchange_items = sorted(args.item_ids);
    order.exchange_new_items = sorted(args.new_item_ids);
    order.exchange_payment_method_id = args.payment_method_id;
    order.exchange_price_difference = difference;
    return order;
  },
});
