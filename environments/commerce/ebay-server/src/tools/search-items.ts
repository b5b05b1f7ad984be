import { containsText, defaultNull, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { EbayState, Item } from '../scenario.js';

const DEFAULT_LIMIT = 10;

export const searchItems = defineTool({
  name: 'search_items',
  description:
    'Search marketplace items whose title or description contains the keywords (case-insensitive). category_id keeps ' +
    'items whose item_specifics.category_id contains it (the search fails if a keyword-matching item has a category_id ' +
    'that is a number or null); sort is "price" (cheapest first) or "-price" (dearest first), ' +
    'anything else keeps catalog order. Returns at most limit items (10 by default) as summaries with seller, ' +
    'listing_url and thumbnail; total is the number returned.',
  input: z.object({
    keywords: z.string(),
    category_id: defaultNull(z.string()),
    limit: defaultNull(z.int()),
    sort: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<EbayState>, args) => {
    if (!args.keywords) throw new ToolError('Keywords must be a non-empty string');
    const needle = args.keywords.toLowerCase();
    const wanted = args.category_id;
    const found = Object.values(state.items).filter(
      (item) =>
        (containsText(item.title.toLowerCase(), needle) || containsText(item.description.toLowerCase(), needle)) &&
        (wanted === null || inCategory(item.item_id, item.item_specifics.category_id, wanted)),
    );
    // Array.prototype.sort is stable, as Python's sort is (also with reverse=True).
    if (args.sort === 'price') found.sort((a, b) => a.price.value - b.price.value);
    else if (args.sort === '-price') found.sort((a, b) => b.price.value - a.price.value);
    // A negative limit drops that many from the end (the reference slices a Python list with it).
    const page = found.slice(0, args.limit || DEFAULT_LIMIT);
    return { total: page.length, items: page.map(summarize) };
  },
});

/**
 * The reference tests `category_id in item_specifics["category_id"]` (missing key: ""): a substring
 * for text, membership for a list or an object's keys. Any other value (number, null, boolean)
 * cannot be searched, and the reference failed the whole search there; so do we, with a clear error.
 */
function inCategory(itemId: string, value: unknown, wanted: string): boolean {
  if (value === undefined) return ''.includes(wanted);
  if (typeof value === 'string') return containsText(value, wanted);
  if (Array.isArray(value)) return value.some((entry) => entry === wanted);
  if (value !== null && typeof value === 'object') return Object.hasOwn(value, wanted);
  throw new ToolError(`Cannot filter by category_id: item ${itemId} has a non-text item_specifics.category_id (${JSON.stringify(value)})`);
}

function summarize(item: Item) {
  return {
    item_id: item.item_id,
    title: item.title,
    price: item.price,
    condition: item.condition,
    // Search results carry the seller's name and score only.
    seller: { username: item.seller.username, feedback_score: item.seller.feedback_score, feedback_percentage: null },
    listing_url: `https://ebay.com/itm/${item.item_id}`,
    thumbnail: item.images[0] ?? '',
  };
}
