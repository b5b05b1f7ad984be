import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getBrowseNodes, getDeals, getItems, getVariations } from './tools/lookups.js';
import { searchItems } from './tools/search-items.js';

export const amazonProduct = defineEnvironment({
  name: 'AmazonProduct',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'An Amazon product catalog in the style of the Product Advertising API: keyword search by category, item details, product variations, category browse nodes and current deals.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchItems, getItems, getVariations, getBrowseNodes, getDeals],
});

export default amazonProduct;
export { scenarioSchema };
export type { AmazonProductState, Product } from './scenario.js';
