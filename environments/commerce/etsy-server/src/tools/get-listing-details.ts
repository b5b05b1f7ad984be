import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { EtsyState } from '../scenario.js';

export const getListingDetails = defineTool({
  name: 'get_listing_details',
  description:
    'Full record of one listing: description, price (amount in minor units with its divisor, e.g. 2500/100 = 25.00), ' +
    'quantity, shop, images with sizes, tags, materials and shipping profile.',
  input: z.object({ listing_id: z.int() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EtsyState>, args) => {
    const listing = state.listings[String(args.listing_id)];
    if (!listing) throw new ToolError(`Listing ${args.listing_id} not found`);
    return listing;
  },
});
