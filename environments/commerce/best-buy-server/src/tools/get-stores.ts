import { defaultNull, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { BestBuyState, Store } from '../scenario.js';

const DEFAULT_RADIUS_MILES = 25;
// Flat-earth approximation used by the reference: one degree is about 69 miles in any direction.
const MILES_PER_DEGREE = 69;

export const getStores = defineTool({
  name: 'get_stores',
  description:
    'Find Best Buy stores. Filters combine: city (case-insensitive), state (two-letter code, case-insensitive), ' +
    'zip_code (exact), and a radius search around lat/lng (both needed; radius in miles, 25 by default). ' +
    'With no filter, every store is listed.',
  input: z.object({
    city: defaultNull(z.string()),
    state: defaultNull(z.string()),
    zip_code: defaultNull(z.string()),
    lat: defaultNull(z.number()),
    lng: defaultNull(z.number()),
    radius: defaultNull(z.int()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<BestBuyState>, args) => {
    const radius = args.radius || DEFAULT_RADIUS_MILES;
    const near = (store: Store) => {
      if (args.lat === null || args.lng === null) return true;
      const distance = Math.sqrt(square(store.lat - args.lat) + square(store.lng - args.lng)) * MILES_PER_DEGREE;
      // Written as "not farther" so that a NaN distance keeps the store, as the reference's `>` test does.
      return !(distance > radius);
    };
    const stores = state.stores.filter(
      (store) =>
        (!args.city || store.city.toLowerCase() === args.city.toLowerCase()) &&
        (!args.state || store.state.toUpperCase() === args.state.toUpperCase()) &&
        (!args.zip_code || store.zip === args.zip_code) &&
        near(store),
    );
    return { stores };
  },
});

// Python's float power refuses to overflow (OverflowError) where JavaScript gives Infinity; the
// reference failed the search there, so coordinates that far apart are an error here too.
function square(difference: number): number {
  const result = difference ** 2;
  if (Number.isFinite(difference) && !Number.isFinite(result)) {
    throw new ToolError('lat/lng are too far from the stores to compute a distance (numerical result out of range)');
  }
  return result;
}
