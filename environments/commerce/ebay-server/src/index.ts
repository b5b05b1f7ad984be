import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createListing } from './tools/create-listing.js';
import { getCategories } from './tools/get-categories.js';
import { getItemDetails } from './tools/get-item-details.js';
import { getOrderDetails } from './tools/get-order-details.js';
import { searchItems } from './tools/search-items.js';

export const ebayServer = defineEnvironment({
  name: 'EbayServer',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'An eBay marketplace: search items and read their details, list an item for sale, look up orders and browse ' +
    'the category taxonomy.',
  scenario: scenarioSchema,
  presets: { demo },
  // The scenario's clock has no zone; it is read as UTC.
  clock: (state) => `${state.current_time}Z`,
  tools: [searchItems, getItemDetails, createListing, getOrderDetails, getCategories],
});

export default ebayServer;
export { scenarioSchema };
export type { EbayState, Item, Listing } from './scenario.js';
