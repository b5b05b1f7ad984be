import { ownEntry, stableHash, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineUUPaoTuiTool, orderSchema } from '../scenario.js';

import { requireText } from './text-argument.js';

export const createOrder = defineUUPaoTuiTool({
  name: 'create_order',
  description:
    "Place the delivery quoted by estimate_price: give its priceToken and the receiver's and sender's mainland " +
    'mobile numbers (11 digits, 13–19…). The token is used up; the order starts in the first order state ' +
    "(待接单, awaiting a courier) at the scenario's current time. Returns {orderCode}.",
  input: z.object({
    priceToken: z.string(),
    receiverPhone: z.string(),
    senderPhone: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.priceToken, 'priceToken');
    const quote = ownEntry(state.priceTokens, args.priceToken);
    if (!quote) throw new ToolError('Invalid or expired price token');
    const initial = state.orderStates[0];
    if (initial === undefined) throw new ToolError('The scenario lists no orderStates, so a new order has no state to start in');
    // The reference's code shape: UU + a number from the time + four digits from the token.
    const orderCode = `UU${stableHash(state.current_time) % 100000}${String(stableHash(args.priceToken) % 10000).padStart(4, '0')}`;
    const order = orderSchema.safeParse({
      orderCode,
      fromAddress: quote.fromAddress,
      toAddress: quote.toAddress,
      state: initial,
      createdAt: state.current_time,
      receiverPhone: args.receiverPhone,
      senderPhone: args.senderPhone,
      distance: quote.distance,
      sendType: quote.sendType,
      adCode: quote.adCode,
    });
    if (!order.success) {
      throw new ToolError(order.error.issues.map((issue) => `${issue.path.join('.') || 'order'}: ${issue.message}`).join('; '));
    }
    state.orders[orderCode] = order.data;
    delete state.priceTokens[args.priceToken];
    return { orderCode };
  },
});
