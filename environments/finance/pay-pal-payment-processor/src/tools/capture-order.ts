import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { PayPalState } from '../scenario.js';
import { findOrder, nextCaptureId } from './orders.js';

export const captureOrder = defineTool({
  name: 'capture_order',
  description:
    'Collect the full amount of an order at once. Records a COMPLETED capture (id CAPTURE-n) for the order and ' +
    'marks the order COMPLETED. Returns the order id and status, capture_id, amount, currency and payer.',
  input: z.object({ order_id: z.string() }),
  handler: (state: Draft<PayPalState>, args) => {
    const order = findOrder(state, args.order_id);
    const captureId = nextCaptureId(state);
    state.captures[captureId] = {
      id: captureId,
      order_id: args.order_id,
      authorization_id: null,
      status: 'COMPLETED',
      amount: order.amount,
      currency: order.currency,
      final_capture: true,
    };
    order.status = 'COMPLETED';
    order.update_time = state.current_time;
    return {
      id: order.id,
      status: order.status,
      capture_id: captureId,
      amount: order.amount,
      currency: order.currency,
      payer: order.payer ?? {},
    };
  },
});
