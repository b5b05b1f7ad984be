import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { PayPalState } from '../scenario.js';
import { findOrder } from './orders.js';

export const getOrderDetails = defineTool({
  name: 'get_order_details',
  description:
    'Full view of an order: id, status (CREATED, APPROVED or COMPLETED), intent, purchase_units (amount with ' +
    'value and currency_code, and the line items), payer ({} when unknown), create_time and update_time.',
  input: z.object({ order_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<PayPalState>, args) => {
    const order = findOrder(state, args.order_id);
    return {
      id: order.id,
      status: order.status,
      intent: order.intent,
      purchase_units: [{ amount: { value: order.amount, currency_code: order.currency }, items: order.items }],
      payer: order.payer ?? {},
      create_time: order.create_time,
      update_time: order.update_time,
    };
  },
});
