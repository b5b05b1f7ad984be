import { containsText, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { EtsyState, Listing } from '../scenario.js';
import { checkLimit } from './limits.js';
import { displayPrice } from './shops.js';

export const searchListings = defineTool({
  name: 'search_listings',
  description:
    'Search listings whose title, description or one of its tags contains the keywords (case-insensitive). ' +
    'category keeps listings tagged with exactly that word (lower-cased); min_price/max_price bound the price in ' +
    'currency units. Returns up to limit results (1-100, default 10) with price, quantity, shop name, url and ' +
    'image urls; count is the number returned.',
  input: z.object({
    keywords: z.string(),
    category: z.string().nullable().default(null),
    min_price: z.number().nullable().default(null),
    max_price: z.number().nullable().default(null),
    limit: z.int().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EtsyState>, args) => {
    if (!args.keywords) throw new ToolError('Keywords must be a non-empty string');
    checkLimit(args.limit);
    const needle = args.keywords.toLowerCase();
    const category = args.category ? args.category.toLowerCase() : null;
    const results = [];
    for (const listing of Object.values(state.listings)) {
      if (results.length >= args.limit) break;
      const matches =
        containsText(listing.title.toLowerCase(), needle) ||
        containsText(listing.description.toLowerCase(), needle) ||
        listing.tags.some((tag) => containsText(tag.toLowerCase(), needle));
      if (!matches) continue;
      // Tags are compared as stored: a tag with capitals never matches a category.
      if (category !== null && !listing.tags.includes(category)) continue;
      const price = displayPrice(listing.price);
      if (args.min_price !== null && price.amount < args.min_price) continue;
      if (args.max_price !== null && price.amount > args.max_price) continue;
      results.push(summarize(listing, price));
    }
    return { count: results.length, results };
  },
});

function summarize(listing: Listing, price: { amount: number; currency: string }) {
  return {
    listing_id: listing.listing_id,
    title: listing.title,
    price,
    quantity: listing.quantity,
    shop_name: listing.shop.shop_name,
    url: `https://www.etsy.com/listing/${listing.listing_id}`,
    images: listing.images.map((image) => image.url),
  };
}
