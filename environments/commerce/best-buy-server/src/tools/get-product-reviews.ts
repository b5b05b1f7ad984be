import { defaultNull, defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import type { BestBuyState } from '../scenario.js';
import { findProduct } from './get-product-details.js';
import { DEFAULT_PAGE_SIZE } from './search-products.js';

export const getProductReviews = defineTool({
  name: 'get_product_reviews',
  description:
    'Customer reviews of a product (the SKU must exist in the catalog): the average star rating and count over all ' +
    'its reviews, and the first reviews in stored order (limit, 10 by default).',
  input: z.object({ sku: z.int(), limit: defaultNull(z.int()) }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<BestBuyState>, args) => {
    findProduct(state, args.sku);
    const reviews = state.reviews[String(args.sku)] ?? [];
    const total = reviews.reduce((sum, review) => sum + review.rating, 0);
    return {
      sku: args.sku,
      overallRating: reviews.length > 0 ? total / reviews.length : 0,
      totalReviewCount: reviews.length,
      reviews: reviews.slice(0, args.limit || DEFAULT_PAGE_SIZE),
    };
  },
});
