import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getComparables } from './tools/get-comparables.js';
import { getPropertyDetails } from './tools/get-property-details.js';
import { getZestimate } from './tools/get-zestimate.js';
import { searchProperties } from './tools/search-properties.js';

export const zillowRealEstate = defineEnvironment({
  name: 'ZillowRealEstate',
  domain: 'commerce',
  version: '0.1.0',
  description:
    'Residential real estate data: look up a home by address for its Zestimate or its facts, list comparable homes by zpid, and search a city by price range.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getZestimate, getPropertyDetails, getComparables, searchProperties],
});

export default zillowRealEstate;
export { scenarioSchema };
export type { Property, ZillowState } from './scenario.js';
