import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineUUPaoTuiTool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const queryOrder = defineUUPaoTuiTool({
  name: 'query_order',
  description: 'One order by its code: {orderCode, fromAddress, toAddress, distance (km), state}. Fails for an unknown code.',
  input: z.object({
    orderCode: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.orderCode, 'orderCode');
    const order = ownEntry(state.orders, args.orderCode);
    if (!order) throw new ToolError(`Order ${args.orderCode} not found`);
    return {
      orderCode: order.orderCode,
      fromAddress: order.fromAddress,
      toAddress: order.toAddress,
      distance: order.distance,
      state: order.state,
    };
  },
});
