import { type Draft, pythonRound, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineRetailTool, type Order, type RetailDb } from '../scenario.js';
import { firstMissingItem, getOrder, getPaymentMethod, getVariant } from './lookups.js';
import { addressInput, addressOf } from './users.js';

const CANCEL_REASONS = ['no longer needed', 'ordered by mistake'] as const;

// The reference treats "pending (item modified)" as pending for address and payment changes, but
// not for cancelling or for a second item change.
const isPendingLike = (order: Draft<Order>) => order.status.includes('pending');

export const cancelPendingOrder = defineRetailTool({
  name: 'cancel_pending_order',
  description:
    "Cancel an order whose status is exactly 'pending'. reason must be 'no longer needed' or 'ordered by mistake'. " +
    'Every payment is refunded: at once onto a gift card, in 5-7 business days otherwise. Explain the details and ' +
    "get the customer's explicit yes before calling. Returns the cancelled order.",
  input: z.object({ order_id: z.string(), reason: z.string() }),
  annotations: { destructiveHint: true },
  handler: (db: Draft<RetailDb>, args) => {
    const order = getOrder(db, args.order_id);
    if (order.status !== 'pending') throw new ToolError('Non-pending order cannot be cancelled');
    const reason = CANCEL_REASONS.find((each) => each === args.reason);
    if (!reason) throw new ToolError('Invalid reason');
    // Every entry of the history is refunded as it stands, as the reference does.
    const refunds = order.payment_history.map((payment) => {
      const method = getPaymentMethod(db, order.user_id, payment.payment_method_id);
      if (method.source === 'gift_card') method.balance = pythonRound(method.balance + payment.amount, 2);
      return { transaction_type: 'refund' as const, amount: payment.amount, payment_method_id: payment.payment_method_id };
    });
    order.status = 'cancelled';
    order.cancel_reason = reason;
    order.payment_history.push(...refunds);
    return order;
  },
});

export const modifyPendingOrderAddress = defineRetailTool({
  name: 'modify_pending_order_address',
  description:
    'Change the shipping address of a pending order (also one whose items were already modified). Explain the ' +
    "change and get the customer's explicit yes before calling. Returns the updated order.",
  input: z.object({ order_id: z.string(), ...addressInput }),
  handler: (db: Draft<RetailDb>, args) => {
    const order = getOrder(db, args.order_id);
    if (!isPendingLike(order)) throw new ToolError('Non-pending order cannot be modified');
    order.address = addressOf(args);
    return order;
  },
});

export const modifyPendingOrderItems = defineRetailTool({
  name: 'modify_pending_order_items',
  description:
    "Swap items of an order whose status is exactly 'pending' for other items of the same product: item_ids[i] " +
    'becomes new_item_ids[i] (duplicates allowed, lists of equal length, new items available). The price ' +
    'difference is charged to or refunded on payment_method_id (a gift card must cover a charge). Can be done ' +
    "once per order: the status becomes 'pending (item modified)'. Explain the details and get the customer's " +
    'explicit yes before calling. Returns the updated order.',
  input: z.object({
    order_id: z.string(),
    item_ids: z.array(z.string()),
    new_item_ids: z.array(z.string()),
    payment_method_id: z.string(),
  }),
  handler: (db: Draft<RetailDb>, args) => {
    const order = getOrder(db, args.order_id);
    if (order.status !== 'pending') throw new ToolError('Non-pending order cannot be modified');
    const missing = firstMissingItem(order, args.item_ids);
    if (missing !== undefined) throw new ToolError(`${missing} not found`);
    if (args.item_ids.length !== args.new_item_ids.length) throw new ToolError('The number of items to be exchanged should match');

    let difference = 0;
    let lastVariant: ReturnType<typeof getVariant> | undefined;
    args.item_ids.forEach((itemId, index) => {
      const newItemId = args.new_item_ids[index] as string;
      if (itemId === newItemId) throw new ToolError('The new item id should be different from the old item id');
      const item = order.items.find((each) => each.item_id === itemId);
      if (!item) throw new ToolError(`Item ${itemId} not found`);
      const variant = getVariant(db, item.product_id, newItemId);
      if (!variant.available) throw new ToolError(`New item ${newItemId} not found or available`);
      difference += variant.price - item.price;
      lastVariant = variant;
    });

    const method = getPaymentMethod(db, order.user_id, args.payment_method_id);
    if (method.source === 'gift_card' && method.balance < difference) {
      throw new ToolError('Insufficient gift card balance to pay for the new item');
    }
    // Unlike exchanges, the difference is recorded unrounded.
    order.payment_history.push({
      transaction_type: difference > 0 ? 'payment' : 'refund',
      amount: Math.abs(difference),
      payment_method_id: args.payment_method_id,
    });
    if (method.source === 'gift_card') method.balance = pythonRound(method.balance - difference, 2);

    for (const [index, itemId] of args.item_ids.entries()) {
      const item = order.items.find((each) => each.item_id === itemId) as (typeof order.items)[number];
      item.item_id = args.new_item_ids[index] as string;
      // The reference prices and describes every swapped line with the last new item it checked,
      // not with the line's own new item; kept so totals agree with τ²'s.
      const variant = lastVariant as NonNullable<typeof lastVariant>;
      item.price = variant.price;
      item.options = { ...variant.options };
    }
    order.status = 'pending (item modified)';
    return order;
  },
});

export const modifyPendingOrderPayment = defineRetailTool({
  name: 'modify_pending_order_payment',
  description:
    "Pay a pending order (one with a single payment so far) with another of the customer's payment methods: the " +
    'new method is charged and the old one refunded (gift cards at once). A gift card must cover the amount. ' +
    "Explain the details and get the customer's explicit yes before calling. Returns the updated order.",
  input: z.object({ order_id: z.string(), payment_method_id: z.string() }),
  handler: (db: Draft<RetailDb>, args) => {
    const order = getOrder(db, args.order_id);
    if (!isPendingLike(order)) throw new ToolError('Non-pending order cannot be modified');
    const method = getPaymentMethod(db, order.user_id, args.payment_method_id);
    const original = order.payment_history[0];
    if (order.payment_history.length !== 1 || original?.transaction_type !== 'payment') {
      throw new ToolError('There should be exactly one payment for a pending order');
    }
    if (original.payment_method_id === args.payment_method_id) {
      throw new ToolError('The new payment method should be different from the current one');
    }
    const amount = original.amount;
    if (method.source === 'gift_card' && method.balance < amount)
      throw new ToolError('Insufficient gift card balance to pay for the order');
    const oldMethodId = original.payment_method_id;
    order.payment_history.push(
      { transaction_type: 'payment', amount, payment_method_id: args.payment_method_id },
      { transaction_type: 'refund', amount, payment_method_id: oldMethodId },
    );
    if (method.source === 'gift_card') method.balance = pythonRound(method.balance - amount, 2);
    const oldMethod = getPaymentMethod(db, order.user_id, oldMethodId);
    if (oldMethod.source === 'gift_card') oldMethod.balance = pythonRound(oldMethod.balance + amount, 2);
    return order;
  },
});
