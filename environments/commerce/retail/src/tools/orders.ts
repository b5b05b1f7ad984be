import { type Draft, ownEntry, readOnly, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Order, RetailState } from '../scenario.js';

// Shared lookups and rules of the order tools, so every tool words the same failure the same way.

export function requireText(value: string, label: string): void {
  if (!value) throw new ToolError(`${label} must be a non-empty string`);
}

export function findOrder(state: Draft<RetailState>, orderId: string): Draft<Order> {
  requireText(orderId, 'Order ID');
  const order = ownEntry(state.orders, orderId);
  if (!order) throw new ToolError(`Order ${orderId} not found`);
  return order;
}

export function requireStatus(order: Draft<Order>, status: 'pending' | 'delivered'): void {
  if (order.status !== status) {
    throw new ToolError(`Order ${order.order_id} is not in ${status} status (its status is "${order.status}")`);
  }
}

/**
 * Only the shop-wide list is consulted, as in the reference: a method the shop accepts is taken even
 * when the order's owner has not registered it.
 */
export function requirePaymentMethod(state: Draft<RetailState>, method: string): void {
  if (!state.payment_methods.includes(method)) {
    throw new ToolError(`Invalid payment method "${method}": the shop accepts ${state.payment_methods.join(', ') || 'none'}`);
  }
}

/**
 * The order a change settled with `paymentMethod` applies to (returns, exchanges, item and payment
 * changes). The checks run in the reference's order — the order exists, a method is given, the
 * order is in `status`, the shop accepts the method — so the first failure is the one it reports.
 */
export function findOrderToSettle(
  state: Draft<RetailState>,
  orderId: string,
  status: 'pending' | 'delivered',
  paymentMethod: string,
): Draft<Order> {
  const order = findOrder(state, orderId);
  requireText(paymentMethod, 'Payment method');
  requireStatus(order, status);
  requirePaymentMethod(state, paymentMethod);
  return order;
}

/** The arguments of the two tools that swap items for other variants (pending or delivered orders). */
export const itemSwapInput = z.object({
  order_id: z.string(),
  item_ids: z.array(z.string()),
  new_item_ids: z.array(z.string()),
  payment_method: z.string(),
});

/**
 * The product a new order line is recorded under: the first catalog product listing the item as a
 * variant, or "unknown" when none does (the reference adds such lines rather than refusing them).
 */
export function productOfItem(state: Draft<RetailState>, itemId: string): string {
  // The whole catalog is searched: read it as a value, not through the draft (kit's readOnly).
  return Object.values(readOnly(state.products)).find((product) => product.item_ids.includes(itemId))?.product_id ?? 'unknown';
}

/** Appends one "normal" line per new item id, in the order given (duplicates give duplicate lines). */
export function addLines(state: Draft<RetailState>, order: Draft<Order>, newItemIds: string[]): void {
  for (const itemId of newItemIds) order.items.push({ item_id: itemId, product_id: productOfItem(state, itemId), status: 'normal' });
}

/** An order as get_order_details and modify_pending_order_address show it (item ids only). */
export function orderSummary(order: Draft<Order>) {
  return {
    order_id: order.order_id,
    user_id: order.user_id,
    status: order.status,
    item_ids: order.items.map((item) => item.item_id),
    total_amount: order.total_amount,
    address: order.address,
  };
}

/** An order with its lines and their statuses, as the order-changing tools return it. */
export function orderWithItems(order: Draft<Order>) {
  return {
    order_id: order.order_id,
    user_id: order.user_id,
    status: order.status,
    items: order.items.map((item) => ({ item_id: item.item_id, product_id: item.product_id, status: item.status })),
    total_amount: order.total_amount,
    address: order.address,
  };
}
