import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCategories } from './tools/get-categories.js';
import { getProductDetails } from './tools/get-product-details.js';
import { getProductReviews } from './tools/get-product-reviews.js';
import { getStores } from './tools/get-stores.js';
import { searchProducts } from './tools/search-products.js';

export const bestBuyServer = defineEnvironment({
  name: 'BestBuyServer',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'A Best Buy electronics catalog: search products by name with price and category filters, read product details ' +
    'and customer reviews, browse the category tree and find store locations.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchProducts, getProductDetails, getProductReviews, getCategories, getStores],
});

export default bestBuyServer;
export { scenarioSchema };
export type { BestBuyState, Product, Store } from './scenario.js';
