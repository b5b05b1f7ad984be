import { defineTool, type Draft } from '@envfleet/kit';
import type { ZillowState } from '../scenario.js';
import { addressInput, findByAddress } from './address.js';

export const getPropertyDetails = defineTool({
  name: 'get_property_details',
  description:
    'Facts about a home found by address: its zpid (needed for get_comparables), full location, bedrooms, bathrooms, ' +
    'living area (sqft), lot size and year built. address is the street line (case-insensitive); city_state_zip is any ' +
    'part of "City, ST 12345".',
  input: addressInput,
  annotations: { readOnlyHint: true },
  handler: (state: Draft<ZillowState>, args) => {
    const property = findByAddress(state.properties, args.address, args.city_state_zip);
    return {
      zpid: property.zpid,
      street: property.street,
      city: property.city,
      state: property.state,
      zipcode: property.zipcode,
      bedrooms: property.bedrooms,
      bathrooms: property.bathrooms,
      sqft: property.sqft,
      lot_size: property.lot_size,
      year_built: property.year_built,
    };
  },
});
