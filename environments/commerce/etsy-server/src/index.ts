import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createListing } from './tools/create-listing.js';
import { getListingDetails } from './tools/get-listing-details.js';
import { getReceipts } from './tools/get-receipts.js';
import { getShopListings } from './tools/get-shop-listings.js';
import { searchListings } from './tools/search-listings.js';

export const etsyServer = defineEnvironment({
  name: 'EtsyServer',
  domain: 'commerce',
  version: '0.1.0',
  description:
    "An Etsy marketplace of handmade and vintage goods: search listings, read listing details, list a shop's " +
    'listings, create a listing in a shop and read order receipts.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchListings, getListingDetails, createListing, getShopListings, getReceipts],
});

export default etsyServer;
export { scenarioSchema };
export type { EtsyState, Listing } from './scenario.js';
