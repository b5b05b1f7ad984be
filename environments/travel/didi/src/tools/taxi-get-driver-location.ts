import { ownEntry, pythonFloatRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { callDraws } from './ride-draws.js';

// The reference places every driver within ±0.01° of central Beijing, wherever the ride is.
const CITY_CENTER = { latitude: 39.9042, longitude: 116.4074 };
const SPREAD = 0.01;

// Statuses with no driver to track: nobody has taken the ride, or it was called off.
const UNTRACKABLE = ['pending', 'cancelled'];

export const taxiGetDriverLocation = defineDidiTool({
  name: 'taxi_get_driver_location',
  description:
    'Where the driver of an order is now: {order_id, driver_lat, driver_lng, updated_at}, coordinates as text. ' +
    'Works for any status except pending (no driver yet) and cancelled.',
  annotations: { readOnlyHint: true },
  input: z.object({
    order_id: z.string(),
  }),
  handler: (state, args, ctx) => {
    if (!args.order_id) throw new ToolError('order_id must be a non-empty string');
    const order = ownEntry(state.orders, args.order_id);
    if (order === undefined) throw new ToolError(`Order ${args.order_id} not found: check the order_id returned by taxi_create_order`);
    if (UNTRACKABLE.includes(order.status)) {
      throw new ToolError(`Driver location not available for order status: ${order.status} (a driver must have accepted the ride)`);
    }
    const draws = callDraws(state, ctx);
    // random.uniform(a, b) is a + (b - a) * random().
    const latitude = CITY_CENTER.latitude + (-SPREAD + 2 * SPREAD * draws.random());
    const longitude = CITY_CENTER.longitude + (-SPREAD + 2 * SPREAD * draws.random());
    return {
      order_id: args.order_id,
      driver_lat: pythonFloatRepr(latitude),
      driver_lng: pythonFloatRepr(longitude),
      updated_at: state.current_time,
    };
  },
});
