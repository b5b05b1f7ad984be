import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { RetailState } from '../scenario.js';
import { findOrder, orderSummary } from './orders.js';

export const getOrderDetails = defineTool({
  name: 'get_order_details',
  description:
    "An order's owner, status (pending, processing, shipped, delivered, cancelled, return requested, exchange " +
    'requested…), item ids, total amount and shipping address. order_id includes the "#" (e.g. "#W0001").',
  input: z.object({ order_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RetailState>, args) => orderSummary(findOrder(state, args.order_id)),
});
