import { defaultNull, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { BestBuyState, Product } from '../scenario.js';

export const DEFAULT_PAGE_SIZE = 10;

export const searchProducts = defineTool({
  name: 'search_products',
  description:
    'Search the Best Buy catalog by product name (case-insensitive substring of keywords). Optional filters: category ' +
    "(exact name of a category in the product's category path), min_price/max_price on the sale price, and " +
    'in_stock_only. Returns the first page only (limit results, 10 by default) with total and totalPages, each ' +
    'product as a summary: sku, name, prices, onSale, availability flags, thumbnail and url.',
  input: z.object({
    keywords: z.string(),
    category: defaultNull(z.string()),
    min_price: defaultNull(z.number()),
    max_price: defaultNull(z.number()),
    in_stock_only: defaultNull(z.boolean()),
    limit: defaultNull(z.int()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<BestBuyState>, args) => {
    if (!args.keywords) throw new ToolError('Keywords must be a non-empty string');
    const needle = args.keywords.toLowerCase();
    const matches = Object.values(state.products).filter(
      (product) =>
        product.name.toLowerCase().includes(needle) &&
        (!args.category || product.categoryPath.some((node) => node.name === args.category)) &&
        (args.min_price === null || product.salePrice >= args.min_price) &&
        (args.max_price === null || product.salePrice <= args.max_price) &&
        // The catalog carries no stock data: every product reports itself unavailable in both
        // channels, so asking for in-stock products finds none (the reference crashed here).
        !args.in_stock_only,
    );
    // A zero or missing limit means the default page; a negative one drops that many from the end
    // (the reference slices a Python list with it) and reports a single page.
    const pageSize = args.limit || DEFAULT_PAGE_SIZE;
    const page = matches.slice(0, pageSize);
    return {
      from: page.length > 0 ? 1 : 0,
      to: page.length,
      total: matches.length,
      currentPage: 1,
      totalPages: pageSize > 0 ? Math.ceil(matches.length / pageSize) : 1,
      products: page.map(summarize),
    };
  },
});

function summarize(product: Product) {
  return {
    sku: product.sku,
    name: product.name,
    salePrice: product.salePrice,
    regularPrice: product.regularPrice,
    onSale: product.onSale,
    inStoreAvailability: false,
    onlineAvailability: false,
    thumbnailImage: product.images.thumbnailImage,
    url: `https://bestbuy.com/product/${product.sku}`,
  };
}
