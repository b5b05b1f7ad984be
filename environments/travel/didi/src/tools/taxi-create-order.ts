import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { callDraws, timeHash } from './ride-draws.js';

export const taxiCreateOrder = defineDidiTool({
  name: 'taxi_create_order',
  description:
    'Book a ride from a stored quote: the estimate_trace_id from taxi_estimate and one of its product categories ' +
    '(economy, comfort, business, luxury). The order starts "pending" with a driver arrival estimate of 300–900 s; ' +
    'returns {order_id, status, estimated_arrival, created_at}. caller_car_phone is accepted but not stored.',
  input: z.object({
    estimate_trace_id: z.string(),
    product_category: z.string(),
    caller_car_phone: z.string().nullable().default(null),
  }),
  handler: (state, args, ctx) => {
    if (!args.estimate_trace_id) throw new ToolError('estimate_trace_id must be a non-empty string: call taxi_estimate first');
    if (!args.product_category) throw new ToolError('product_category must be a non-empty string such as "economy"');
    const estimate = ownEntry(state.estimates, args.estimate_trace_id);
    if (estimate === undefined) {
      throw new ToolError(`Estimate ${args.estimate_trace_id} not found: use an estimate_trace_id returned by taxi_estimate`);
    }
    const draws = callDraws(state, ctx);
    const orderId = `ORDER_${timeHash(state.current_time)}_${draws.randint(1000, 9999)}`;
    if (!estimate.products.some((product) => product.product_category === args.product_category)) {
      const offered = estimate.products.map((product) => product.product_category).join(', ') || 'none';
      throw new ToolError(`Product category ${args.product_category} is not in estimate ${args.estimate_trace_id} (offered: ${offered})`);
    }
    const estimatedArrival = draws.randint(300, 900);
    // A drawn id equal to an existing order's replaces that order, as in the reference.
    state.orders[orderId] = {
      order_id: orderId,
      status: 'pending',
      driver_name: null,
      driver_phone: null,
      license_plate: null,
      estimated_arrival: estimatedArrival,
    };
    return { order_id: orderId, status: 'pending', estimated_arrival: estimatedArrival, created_at: state.current_time };
  },
});
