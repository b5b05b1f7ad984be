import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { Order, PaymentMethod, Product, RetailDb, User, Variant } from '../scenario.js';

// The reference's private getters, with its error texts: every tool fails through these.

export function getOrder(db: Draft<RetailDb>, orderId: string): Draft<Order> {
  const order = ownEntry(db.orders, orderId);
  if (!order) throw new ToolError('Order not found');
  return order;
}

export function getUser(db: Draft<RetailDb>, userId: string): Draft<User> {
  const user = ownEntry(db.users, userId);
  if (!user) throw new ToolError('User not found');
  return user;
}

export function getProduct(db: Draft<RetailDb>, productId: string): Draft<Product> {
  const product = ownEntry(db.products, productId);
  if (!product) throw new ToolError('Product not found');
  return product;
}

export function getVariant(db: Draft<RetailDb>, productId: string, variantId: string): Draft<Variant> {
  const variant = ownEntry(getProduct(db, productId).variants, variantId);
  if (!variant) throw new ToolError('Variant not found');
  return variant;
}

/** The first product (in database order) that sells this item id. */
export function getItem(db: Draft<RetailDb>, itemId: string): Draft<Variant> {
  for (const product of Object.values(db.products)) {
    const variant = ownEntry(product.variants, itemId);
    if (variant) return variant;
  }
  throw new ToolError('Item not found');
}

export function getPaymentMethod(db: Draft<RetailDb>, userId: string, methodId: string): Draft<PaymentMethod> {
  const method = ownEntry(getUser(db, userId).payment_methods, methodId);
  if (!method) throw new ToolError('Payment method not found');
  return method;
}

/** How many times `id` occurs in `ids`. */
export function countOf(ids: readonly string[], id: string): number {
  return ids.filter((each) => each === id).length;
}

/** The reference's check that a list of item ids (duplicates allowed) is covered by the order. */
export function firstMissingItem(order: Draft<Order>, itemIds: readonly string[]): string | undefined {
  const held = order.items.map((item) => item.item_id);
  return itemIds.find((id) => countOf(itemIds, id) > countOf(held, id));
}
