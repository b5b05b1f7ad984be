import { defineTool, type Draft, ownEntry, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { ZillowState } from '../scenario.js';
import { fullAddress } from './address.js';

const MAX_COMPARABLES = 25;

export const getComparables = defineTool({
  name: 'get_comparables',
  description:
    'Comparable homes ("comps") for a property given by zpid, in the order they were ranked: zpid, address, price, ' +
    'bedrooms and bathrooms of each. count caps the list (default 5, at most 25). A property with no recorded comps ' +
    'returns an empty list.',
  input: z.object({
    zpid: z.string(),
    count: z.int().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ZillowState>, args) => {
    if (!args.zpid) throw new ToolError('ZPID must be a non-empty string');
    if (!Object.hasOwn(state.properties, args.zpid)) throw new ToolError(`Property with ZPID ${args.zpid} not found`);
    const count = Math.min(args.count, MAX_COMPARABLES);
    const ranked = Object.hasOwn(state.comparables_map, args.zpid) ? (state.comparables_map[args.zpid] ?? []) : [];
    // A negative count trims from the end, as the reference's list slicing does; comps whose zpid
    // is not (or no longer) a known property are skipped after the cut, so fewer may come back.
    const comparables = pythonSlice(ranked, null, count).flatMap((zpid) => {
      const property = ownEntry(state.properties, zpid);
      if (!property) return [];
      return [
        {
          zpid: property.zpid,
          address: fullAddress(property),
          price: property.price,
          bedrooms: property.bedrooms,
          bathrooms: property.bathrooms,
        },
      ];
    });
    return { comparables };
  },
});
