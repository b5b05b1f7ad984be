import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { EtsyState, Listing } from '../scenario.js';
import { requireShop } from './shops.js';

// The reference stamps every new listing with this fixed instant (2024-03-05T12:13:54Z).
const CREATION_TSZ = 1709640834;
const CENTS = 100;

export const createListing = defineTool({
  name: 'create_listing',
  description:
    'Create an active listing in a shop. price is in US dollars (stored as cents); quantity must be 0 or more. The ' +
    'new listing gets the next id after the highest existing one, starts with no images, tags or materials, and is ' +
    "added to the shop's listings. taxonomy_id and who_made are accepted but not stored. Returns the id, title, " +
    'state, creation time and url.',
  input: z.object({
    shop_id: z.int(),
    title: z.string(),
    description: z.string(),
    price: z.number(),
    quantity: z.int(),
    taxonomy_id: z.int(),
    who_made: z.string().default('i_did'),
  }),
  handler: (state: Draft<EtsyState>, args) => {
    const shop = requireShop(state, args.shop_id);
    if (!args.title) throw new ToolError('Title must be a non-empty string');
    if (!args.description) throw new ToolError('Description must be a non-empty string');
    const amount = args.price * CENTS;
    if (amount < 0) throw new ToolError(`price must be 0 or more, got ${args.price}`);
    const ids = Object.keys(state.listings).map(Number);
    const listingId = ids.length > 0 ? Math.max(...ids) + 1 : 1;
    const problems = [];
    if (listingId < 0) problems.push(`the next listing id would be ${listingId} (ids must be 0 or more)`);
    if (args.quantity < 0) problems.push(`quantity must be 0 or more, got ${args.quantity}`);
    if (problems.length > 0) throw new ToolError(problems.join('; '));

    const listing: Listing = {
      listing_id: listingId,
      title: args.title,
      description: args.description,
      price: { amount, currency: 'USD', divisor: CENTS },
      quantity: args.quantity,
      shop: { ...shop },
      images: [],
      tags: [],
      materials: [],
      shipping_profile: {},
    };
    state.listings[String(listingId)] = listing;
    (state.shop_listings[String(args.shop_id)] ??= []).push(listingId);
    return {
      listing_id: listingId,
      title: args.title,
      state: 'active',
      creation_tsz: CREATION_TSZ,
      url: `https://www.etsy.com/listing/${listingId}`,
    };
  },
});
