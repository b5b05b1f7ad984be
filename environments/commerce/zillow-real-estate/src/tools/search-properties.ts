import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { ZillowState } from '../scenario.js';
import { fullAddress } from './address.js';

export const searchProperties = defineTool({
  name: 'search_properties',
  description:
    'Homes in a city (exact city name and two-letter state, both case-insensitive), optionally within a price range ' +
    "(min_price / max_price in USD, inclusive). Returns each match's zpid, full address and price, plus total_count.",
  input: z.object({
    city: z.string(),
    state: z.string(),
    min_price: z.int().nullable().default(null),
    max_price: z.int().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ZillowState>, args) => {
    if (!args.city) throw new ToolError('City must be a non-empty string');
    if (!args.state) throw new ToolError('State must be a non-empty string');
    const city = args.city.toLowerCase();
    const region = args.state.toUpperCase();
    const results = Object.values(state.properties)
      .filter((property) => property.city.toLowerCase() === city && property.state.toUpperCase() === region)
      .filter(
        (property) =>
          (args.min_price === null || property.price >= args.min_price) && (args.max_price === null || property.price <= args.max_price),
      )
      .map((property) => ({ zpid: property.zpid, address: fullAddress(property), price: property.price }));
    return { results, total_count: results.length };
  },
});
