import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { EtsyState } from '../scenario.js';
import { checkLimit } from './limits.js';
import { displayPrice, requireShop } from './shops.js';

export const getShopListings = defineTool({
  name: 'get_shop_listings',
  description:
    'The listings of one shop, in the order they were added: id, title, state and price in currency units. Takes ' +
    'the first limit entries of the shop (1-100, default 25). Listings carry no state of their own, so status does ' +
    'not filter: it is reported as the state of every listing returned.',
  input: z.object({
    shop_id: z.int(),
    status: z.string().default('active'),
    limit: z.int().default(25),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EtsyState>, args) => {
    requireShop(state, args.shop_id);
    checkLimit(args.limit);
    // The limit applies to the shop's id list; ids without a listing are then skipped.
    const ids = (state.shop_listings[String(args.shop_id)] ?? []).slice(0, args.limit);
    const results = ids.flatMap((id) => {
      const listing = state.listings[String(id)];
      if (!listing) return [];
      return [{ listing_id: listing.listing_id, title: listing.title, state: args.status, price: displayPrice(listing.price) }];
    });
    return { count: results.length, results };
  },
});
