import { containsText, defaultNull, defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { BestBuyState, Product } from '../scenario.js';

export const DEFAULT_PAGE_SIZE = 10;

export const searchProducts = defineTool({
  name: 'search_products',
  description:
    'Search the Best Buy catalog by product name (case-insensitive substring of keywords). Optional filters: category ' +
    "(exact name of a category in the product's category path), min_price/max_price on the sale price, and " +
    'in_stock_only (the catalog has no stock data, so in_stock_only=true fails whenever any product passes the ' +
    'other filters, and returns an empty page otherwise). Returns the first page only (limit results, 10 by default) with total and totalPages, each ' +
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
        containsText(product.name.toLowerCase(), needle) &&
        (!args.category || product.categoryPath.some((node) => node.name === args.category)) &&
        (args.min_price === null || product.salePrice >= args.min_price) &&
        (args.max_price === null || product.salePrice <= args.max_price),
    );
    // The catalog carries no stock data, so the stock filter cannot be judged for any product that
    // reaches it; refusing (as the reference did, by crashing) keeps error-vs-success identical.
    const first = matches[0];
    if (args.in_stock_only && first) {
      throw new ToolError(
        `in_stock_only cannot be applied: the catalog records no stock availability for its products (first match: SKU ${first.sku})`,
      );
    }
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
