import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { RetailState } from '../scenario.js';
import { addLines, findOrderToSettle, itemSwapInput, orderWithItems } from './orders.js';

export const returnDeliveredOrderItems = defineTool({
  name: 'return_delivered_order_items',
  description:
    'Request a return for items of a "delivered" order; the refund goes to payment_method (one the shop accepts). ' +
    'Every line of the order whose item id is listed is marked "returned" (ids not in the order are ignored) and ' +
    'the order becomes "return requested", after which it can no longer be returned or exchanged. Returns the ' +
    'order with its item statuses.',
  input: z.object({
    order_id: z.string(),
    item_ids: z.array(z.string()),
    payment_method: z.string(),
  }),
  handler: (state: Draft<RetailState>, args) => {
    const order = findOrderToSettle(state, args.order_id, 'delivered', args.payment_method);
    for (const item of order.items) if (args.item_ids.includes(item.item_id)) item.status = 'returned';
    order.status = 'return requested';
    return orderWithItems(order);
  },
});

export const exchangeDeliveredOrderItems = defineTool({
  name: 'exchange_delivered_order_items',
  description:
    'Exchange items of a "delivered" order for other variants of the same product (see get_product_details). ' +
    'Every line whose item id is in item_ids is marked "exchanged", each id of new_item_ids is added as a new line ' +
    'under the product listing it, and the order becomes "exchange requested" (one request per order). The lists ' +
    'are not paired or checked against each other, so choose the new variants carefully. payment_method (one the ' +
    'shop accepts) settles any price difference. Returns the order with its items.',
  input: itemSwapInput,
  handler: (state: Draft<RetailState>, args) => {
    const order = findOrderToSettle(state, args.order_id, 'delivered', args.payment_method);
    for (const item of order.items) if (args.item_ids.includes(item.item_id)) item.status = 'exchanged';
    addLines(state, order, args.new_item_ids);
    order.status = 'exchange requested';
    return orderWithItems(order);
  },
});
