import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Property, RentCastState } from '../scenario.js';

function requireAddress(address: string): string {
  if (!address) throw new ToolError('Address must be a non-empty string');
  return address;
}

// Addresses match ignoring case only (spacing and punctuation must agree). Several records may share
// an address; they are tried in the order the scenario lists them.
function propertiesAt(state: Draft<RentCastState>, address: string): Draft<Property>[] {
  const wanted = address.toLowerCase();
  return Object.values(state.properties).filter((property) => property.address.toLowerCase() === wanted);
}

export const getPropertyByAddress = defineTool({
  name: 'get_property_by_address',
  description:
    'Look up a property record by street address (case-insensitive, e.g. "123 Main St"): id, city, state, ZIP, ' +
    'bedrooms, bathrooms, square feet, year built, property type and current owner. Unknown address is an error.',
  input: z.object({ address: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RentCastState>, args) => {
    const [property] = propertiesAt(state, requireAddress(args.address));
    if (!property) throw new ToolError(`Property not found at address: ${args.address}`);
    return property;
  },
});

export const getPropertyValuation = defineTool({
  name: 'get_property_valuation',
  description:
    'Get the automated value estimate of the property at a street address (case-insensitive): estimated value and ' +
    'low/high range in USD, confidence between 0 and 1, and valuation date. An error when the address is unknown ' +
    'or the property has no valuation.',
  input: z.object({ address: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<RentCastState>, args) => {
    for (const property of propertiesAt(state, requireAddress(args.address))) {
      const valuation = ownEntry(state.valuations, property.id);
      if (valuation) {
        const { property_id: _property, ...estimate } = valuation;
        return estimate;
      }
    }
    throw new ToolError(`Valuation not found for address: ${args.address}`);
  },
});
