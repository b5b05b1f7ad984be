import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { EbayState } from '../scenario.js';

export const getOrderDetails = defineTool({
  name: 'get_order_details',
  description: 'One order by order_id: status, buyer, line items, total, shipping address and when it was placed.',
  input: z.object({ order_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EbayState>, args) => {
    if (!args.order_id) throw new ToolError('Order ID must be a non-empty string');
    const order = state.orders[args.order_id];
    if (!order) throw new ToolError(`Order ${args.order_id} not found`);
    return order;
  },
});
