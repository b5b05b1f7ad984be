import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { RetailState } from '../scenario.js';
import { addressFields, requireAddressFields } from './address.js';
import {
  addLines,
  findOrder,
  findOrderToSettle,
  itemSwapInput,
  orderSummary,
  orderWithItems,
  requireStatus,
  requireText,
} from './orders.js';

export const modifyPendingOrderAddress = defineTool({
  name: 'modify_pending_order_address',
  description:
    'Change the shipping address (street line, city, state, country, zip code) of an order that is still "pending"; ' +
    'the values are stored as given. Orders in any other status cannot be changed. Returns the order with its new ' +
    'address.',
  input: z.object({ order_id: z.string(), ...addressFields }),
  handler: (state: Draft<RetailState>, args) => {
    const order = findOrder(state, args.order_id);
    requireAddressFields(args);
    requireStatus(order, 'pending');
    order.address = { street: args.address, city: args.city, state: args.state, country: args.country, zip_code: args.zip_code };
    return orderSummary(order);
  },
});

export const modifyPendingOrderItems = defineTool({
  name: 'modify_pending_order_items',
  description:
    'In a "pending" order, swap items for other variants of the same product (another size, colour…; variants are ' +
    'the item_ids of get_product_details). Every line whose item id is in item_ids is removed (an item held twice ' +
    'goes entirely), then each id of new_item_ids is appended as a new line under the product listing it. The lists ' +
    'are not paired or checked against each other, so choose the new variants carefully. payment_method (one the ' +
    'shop accepts) settles any price difference. Returns the order with its updated items.',
  input: itemSwapInput,
  handler: (state: Draft<RetailState>, args) => {
    const order = findOrderToSettle(state, args.order_id, 'pending', args.payment_method);
    // Kept lines stay in place and replacements go to the end, as the reference orders them.
    order.items = order.items.filter((item) => !args.item_ids.includes(item.item_id));
    addLines(state, order, args.new_item_ids);
    return orderWithItems(order);
  },
});

export const modifyPendingOrderPayment = defineTool({
  name: 'modify_pending_order_payment',
  description:
    'Switch the payment method of a "pending" order to another method the shop accepts. Orders carry no payment ' +
    'field, so nothing is stored: the call confirms the method is usable and returns the order.',
  input: z.object({
    order_id: z.string(),
    payment_method: z.string(),
  }),
  handler: (state: Draft<RetailState>, args) => {
    const order = findOrderToSettle(state, args.order_id, 'pending', args.payment_method);
    // Orders carry no payment field in this world, so there is nothing to store.
    return orderWithItems(order);
  },
});

export const cancelPendingOrder = defineTool({
  name: 'cancel_pending_order',
  description:
    'Cancel an order that is still "pending" (processing, shipped or delivered orders cannot be cancelled). reason ' +
    'must be one of: Changed my mind, Found better price, No longer needed, Ordered by mistake, Shipping too slow, ' +
    'Product unavailable, Payment issues, Address incorrect (exact wording). Returns the cancelled order.',
  input: z.object({
    order_id: z.string(),
    reason: z.string(),
  }),
  annotations: { destructiveHint: true },
  handler: (state: Draft<RetailState>, args) => {
    const order = findOrder(state, args.order_id);
    requireText(args.reason, 'Reason');
    requireStatus(order, 'pending');
    if (!state.valid_cancellation_reasons.includes(args.reason)) {
      throw new ToolError(`Invalid cancellation reason "${args.reason}": use one of ${state.valid_cancellation_reasons.join('; ')}`);
    }
    order.status = 'cancelled';
    return orderWithItems(order);
  },
});
