import { containsText, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Property } from '../scenario.js';

/** The arguments of the tools that read one home by its address (see findByAddress). */
export const addressInput = z.object({
  address: z.string(),
  city_state_zip: z.string(),
});

/** "123 Main St, Seattle, WA 98101": how a property's address is written in results and matched. */
export function fullAddress(property: Property): string {
  return `${property.street}, ${property.city}, ${property.state} ${property.zipcode}`;
}

/**
 * The first property whose street equals `address` and whose full address contains
 * `cityStateZip`, both case-insensitively — so "Seattle", "WA 98101" or "seattle, wa" all work.
 */
export function findByAddress(properties: Record<string, Property>, address: string, cityStateZip: string): Property {
  if (!address) throw new ToolError('Address must be a non-empty string');
  if (!cityStateZip) throw new ToolError('City, state, and ZIP must be a non-empty string');
  const street = address.toLowerCase();
  const place = cityStateZip.toLowerCase();
  for (const property of Object.values(properties)) {
    if (property.street.toLowerCase() === street && containsText(fullAddress(property).toLowerCase(), place)) return property;
  }
  throw new ToolError(`Property not found at ${address}, ${cityStateZip}`);
}
