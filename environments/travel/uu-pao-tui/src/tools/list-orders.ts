import { z } from 'zod';
import { defineUUPaoTuiTool } from '../scenario.js';

export const listOrders = defineUUPaoTuiTool({
  name: 'list_orders',
  description: 'Every order of the account, oldest first: {order_list: [{orderCode, fromAddress, toAddress, state, createdAt}]}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({
    order_list: Object.values(state.orders).map(({ orderCode, fromAddress, toAddress, state: status, createdAt }) => ({
      orderCode,
      fromAddress,
      toAddress,
      state: status,
      createdAt,
    })),
  }),
});
