import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineUUPaoTuiTool } from '../scenario.js';
import { requireText } from './text-argument.js';

const SETTLED = ['已完成', '已取消'];

export const cancelOrder = defineUUPaoTuiTool({
  name: 'cancel_order',
  description:
    'Cancel an order, giving a reason. An order not yet completed (已完成) or cancelled (已取消) costs a deduction of ' +
    'ten times the instant base rate, in fen (80 with the default rates); a settled one costs nothing. The order ' +
    'becomes 已取消 either way. Returns {orderCode, deductFee}.',
  input: z.object({
    orderCode: z.string(),
    reason: z.string(),
  }),
  annotations: { destructiveHint: true },
  handler: (state, args) => {
    requireText(args.orderCode, 'orderCode');
    requireText(args.reason, 'reason');
    const order = ownEntry(state.orders, args.orderCode);
    if (!order) throw new ToolError(`Order ${args.orderCode} not found`);
    const deductFee = SETTLED.includes(order.state) ? 0 : Math.trunc((ownEntry(state.baseRatesMap, 'instant') ?? 8.0) * 10);
    order.state = '已取消';
    return { orderCode: args.orderCode, deductFee };
  },
});
