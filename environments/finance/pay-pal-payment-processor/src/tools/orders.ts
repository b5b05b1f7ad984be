import { type Draft, ownEntry, ToolError } from '@envfleet/kit';
import type { Order, PayPalState } from '../scenario.js';

/** The order a caller names, or an error naming the id. */
export function findOrder(state: Draft<PayPalState>, orderId: string): Draft<Order> {
  if (!orderId) throw new ToolError('order_id must be a non-empty string (an id such as "ORDER-1")');
  const order = ownEntry(state.orders, orderId);
  if (!order) throw new ToolError(`Order ${orderId} not found`);
  return order;
}

/** Takes the next CAPTURE-n id from the scenario's counter. */
export function nextCaptureId(state: Draft<PayPalState>): string {
  const id = `CAPTURE-${state.next_capture_id}`;
  state.next_capture_id += 1;
  return id;
}
