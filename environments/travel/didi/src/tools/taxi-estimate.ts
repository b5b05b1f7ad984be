import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { readLocation, requireLocationObject, straightLineMeters } from './locations.js';
import { callDraws, timeHash } from './ride-draws.js';

// Fare = base + rate per meter of straight-line distance, for each vehicle type, cheapest first.
const FARES = [
  { product_category: 'economy', perMeter: 0.002, base: 8 },
  { product_category: 'comfort', perMeter: 0.003, base: 12 },
  { product_category: 'business', perMeter: 0.005, base: 20 },
  { product_category: 'luxury', perMeter: 0.008, base: 35 },
];

export const taxiEstimate = defineDidiTool({
  name: 'taxi_estimate',
  description:
    'Quote a ride between two {latitude, longitude} points: economy, comfort, business and luxury, each with a ' +
    'price (CNY) and estimated_duration (s) from the straight-line distance. The quote is stored under the returned ' +
    'estimate_trace_id, which taxi_create_order needs.',
  input: z.object({
    origin_location: z.record(z.string(), z.any()),
    destination_location: z.record(z.string(), z.any()),
  }),
  handler: (state, args, ctx) => {
    requireLocationObject(args.origin_location, 'origin_location');
    requireLocationObject(args.destination_location, 'destination_location');
    const origin = readLocation(args.origin_location, 'origin_location');
    const destination = readLocation(args.destination_location, 'destination_location');

    const distance = straightLineMeters(origin, destination);
    const draws = callDraws(state, ctx);
    const estimateTraceId = `EST_${timeHash(state.current_time)}_${draws.randint(1000, 9999)}`;
    const duration = Math.trunc(distance / 8.33);
    const products = FARES.map((fare) => ({
      product_category: fare.product_category,
      price: distance * fare.perMeter + fare.base,
      estimated_duration: duration,
    }));
    const estimate = { estimate_trace_id: estimateTraceId, products };
    state.estimates[estimateTraceId] = estimate;
    return { estimate_trace_id: estimateTraceId, products: products.map((product) => ({ ...product })) };
  },
});
