import { containsText, defineTool, type Draft, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { AmazonProductState } from '../scenario.js';
import { resourcesArgument } from './resources.js';

const PAGE_SIZE = 10;

export const searchItems = defineTool({
  name: 'search_items',
  description:
    'Search the catalog for products whose title contains the keywords (case-insensitive, matched as one phrase). ' +
    'search_index narrows to a category such as "Electronics" or "Books" (default "All"; a category with no ' +
    'products assigned, or an unknown one, searches everything). Results come 10 per page; item_page starts at 1. ' +
    'Each product has ASIN, title, detail_page_url, price {amount, currency}, image_url, rating and total_reviews.',
  input: z.object({
    keywords: z.string(),
    search_index: z.string().default('All'),
    item_page: z.int().default(1),
    resources: resourcesArgument,
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<AmazonProductState>, args) => {
    if (!args.keywords) throw new ToolError('Keywords must be a non-empty string');
    const index = Object.hasOwn(state.search_index_map, args.search_index) ? (state.search_index_map[args.search_index] ?? []) : [];
    const inIndex = new Set(index);
    const phrase = args.keywords.toLowerCase();
    const matching = Object.entries(state.products)
      .filter(([asin, product]) => containsText(product.title.toLowerCase(), phrase) && (inIndex.size === 0 || inIndex.has(asin)))
      .map(([, product]) => product);
    return { products: page(matching, args.item_page) };
  },
});

/**
 * Page n of the results. Pages below 1 follow the reference's Python slicing: page 0 is empty and
 * negative pages count back from the end of the results.
 */
function page<T>(results: T[], itemPage: number): T[] {
  const start = (itemPage - 1) * PAGE_SIZE;
  return pythonSlice(results, start, start + PAGE_SIZE);
}
