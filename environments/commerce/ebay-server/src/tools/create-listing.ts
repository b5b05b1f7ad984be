import { defaultNull, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { type EbayState, type Item, type Listing, priceSchema } from '../scenario.js';

export const createListing = defineTool({
  name: 'create_listing',
  description:
    'List an item for sale as the current user. Creates an ACTIVE listing stamped with the marketplace clock and a ' +
    'matching item under the same id LST + (number of listings + 1, six digits), replacing any listing or item that ' +
    'already has that id; search_items and get_item_details then find it. ' +
    'currency defaults to USD, condition to NEW, quantity to 1. Returns the listing: id, status, created_at and url.',
  input: z.object({
    title: z.string(),
    description: z.string(),
    category_id: z.string(),
    price: z.number(),
    currency: defaultNull(z.string()),
    condition: defaultNull(z.string()),
    quantity: defaultNull(z.int()),
  }),
  handler: (state: Draft<EbayState>, args) => {
    if (!args.title) throw new ToolError('Title must be a non-empty string');
    if (!args.description) throw new ToolError('Description must be a non-empty string');
    if (!args.category_id) throw new ToolError('Category ID must be a non-empty string');
    const currency = args.currency || 'USD';
    const price = priceSchema.safeParse({ value: args.price, currency });
    if (!price.success) {
      const problems = price.error.issues.map((issue) =>
        issue.path[0] === 'value' ? `price must be 0 or more, got ${args.price}` : `${issue.message}, got ${JSON.stringify(currency)}`,
      );
      throw new ToolError(problems.join('; '));
    }

    const listingId = nextListingId(state);
    const listing: Listing = {
      listing_id: listingId,
      status: 'ACTIVE',
      created_at: state.current_time,
      url: `https://ebay.com/itm/${listingId}`,
    };
    const item: Item = {
      item_id: listingId,
      title: args.title,
      description: args.description,
      price: price.data,
      condition: args.condition || 'NEW',
      seller: { username: 'current_user', feedback_score: 0, feedback_percentage: null },
      images: [],
      item_specifics: { category_id: args.category_id, quantity: args.quantity || 1 },
      shipping_options: [],
      return_policy: {},
    };
    state.listings[listingId] = listing;
    state.items[listingId] = item;
    return listing;
  },
});

// Ids count listings (LST + six digits, the reference's scheme). Like the reference, an id that is
// already taken is reused: the new listing and item replace the old ones under that id.
function nextListingId(state: Draft<EbayState>): string {
  return `LST${String(Object.keys(state.listings).length + 1).padStart(6, '0')}`;
}
