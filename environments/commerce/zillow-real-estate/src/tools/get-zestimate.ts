import { defineTool, type Draft } from '@envfleet/kit';
import type { ZillowState } from '../scenario.js';
import { addressInput, findByAddress } from './address.js';

export const getZestimate = defineTool({
  name: 'get_zestimate',
  description:
    'Estimated market value (Zestimate) of a home, with its low/high value range and the date it was last updated. ' +
    'address is the street line exactly as listed (e.g. "123 Main St", case-insensitive); city_state_zip is any part of ' +
    '"City, ST 12345" (e.g. "Seattle, WA 98101" or just "98101").',
  input: addressInput,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ZillowState>, args) => {
    const property = findByAddress(state.properties, args.address, args.city_state_zip);
    return {
      zestimate: property.zestimate,
      value_range_low: property.value_range_low,
      value_range_high: property.value_range_high,
      last_updated: property.last_updated,
    };
  },
});
