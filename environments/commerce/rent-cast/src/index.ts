import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { searchRentalListings, searchSaleListings } from './tools/listing-search.js';
import { getMarketData } from './tools/market-data.js';
import { getPropertyByAddress, getPropertyValuation } from './tools/property-lookup.js';

export const rentCast = defineEnvironment({
  name: 'RentCast',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'RentCast-style real-estate data: property records and value estimates by address, search of homes for sale ' +
    'and for rent by city and price range, and market statistics by ZIP code. Read-only.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getPropertyByAddress, getPropertyValuation, searchSaleListings, searchRentalListings, getMarketData],
});

export default rentCast;
export { scenarioSchema };
export type { Property, RentCastState } from './scenario.js';
