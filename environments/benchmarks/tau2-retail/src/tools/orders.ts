import type { Draft } from '@envfleet/kit';
import { z } from 'zod';
import { defineRetailTool, type RetailDb } from '../scenario.js';
import { getOrder } from './lookups.js';

export const getOrderDetails = defineRetailTool({
  name: 'get_order_details',
  description:
    "An order's status and details: items with prices and options, address, fulfilments and payment history. " +
    "Order ids start with '#', as in '#W0000000'.",
  input: z.object({ order_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (db: Draft<RetailDb>, args) => getOrder(db, args.order_id),
});
