import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { FINISHED_STATUSES } from './finished-statuses.js';
import { callDraws } from './ride-draws.js';

// Each look at a pending order is a 70% chance that a driver has taken it meanwhile.
const ACCEPT_CHANCE = 0.7;

export const taxiQueryOrder = defineDidiTool({
  name: 'taxi_query_order',
  description:
    'Look up a ride order by order_id, or without one the first order that is neither completed nor cancelled. ' +
    'A pending order may be accepted by a driver when looked at (then it gains driver_name, driver_phone and ' +
    'license_plate). Returns the order: order_id, status, driver fields and estimated_arrival.',
  input: z.object({
    order_id: z.string().nullable().default(null),
  }),
  handler: (state, args, ctx) => {
    let order: (typeof state.orders)[string] | undefined;
    if (args.order_id) {
      order = ownEntry(state.orders, args.order_id);
      if (order === undefined) throw new ToolError(`Order ${args.order_id} not found: check the order_id returned by taxi_create_order`);
    } else {
      order = Object.values(state.orders).find((candidate) => !FINISHED_STATUSES.includes(candidate.status));
      if (order === undefined) throw new ToolError('No unfinished orders found: every order is completed or cancelled (or there are none)');
    }
    if (order.status === 'pending') {
      const draws = callDraws(state, ctx);
      if (draws.random() < ACCEPT_CHANCE) {
        order.status = 'accepted';
        order.driver_name = `Driver ${draws.randint(100, 999)}`;
        order.driver_phone = `138${draws.randint(10000000, 99999999)}`;
        order.license_plate = `京A${draws.randint(10000, 99999)}`;
      }
    }
    return { ...order };
  },
});
