import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { FINISHED_STATUSES } from './finished-statuses.js';

// The one reason the reference refunds at once; any other reason (or none) leaves the refund processing.
const NO_LONGER_NEEDED = '不需要了';

export const taxiCancelOrder = defineDidiTool({
  name: 'taxi_cancel_order',
  description:
    'Cancel a ride order that is not completed or already cancelled. Returns {order_id, cancelled_at, refund_status}: ' +
    'the refund is "refunded" at once when the reason is exactly "不需要了" (no longer needed), else "processing".',
  input: z.object({
    order_id: z.string(),
    reason: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.order_id) throw new ToolError('order_id must be a non-empty string');
    const order = ownEntry(state.orders, args.order_id);
    if (order === undefined) throw new ToolError(`Order ${args.order_id} not found: check the order_id returned by taxi_create_order`);
    if (FINISHED_STATUSES.includes(order.status)) throw new ToolError(`Order ${args.order_id} is already ${order.status}`);
    order.status = 'cancelled';
    return {
      order_id: args.order_id,
      cancelled_at: state.current_time,
      refund_status: args.reason === NO_LONGER_NEEDED ? 'refunded' : 'processing',
    };
  },
});
