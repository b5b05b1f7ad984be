import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getListingData } from './tools/get-listing-data.js';
import { getMarketData } from './tools/get-market-data.js';
import { getRentalEstimate } from './tools/get-rental-estimate.js';
import { getSmartRates } from './tools/get-smart-rates.js';
import { searchMarkets } from './tools/search-markets.js';

export const airDna = defineEnvironment({
  name: 'AirDNA',
  domain: 'travel',
  version: '0.1.0',
  description:
    "AirDNA short-term-rental analytics: search markets, read market figures for a city, estimate a property's rental revenue, read an Airbnb listing's last-year performance and its recommended nightly rates.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getRentalEstimate, getMarketData, getListingData, getSmartRates, searchMarkets],
});

export default airDna;
export { scenarioSchema };
export type { AirDNAState } from './scenario.js';
