import { defineTool, type Draft, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { RentCastState } from '../scenario.js';

interface Located {
  city: string;
  state: string;
}

function requireLocation(city: string, state: string): void {
  if (!city) throw new ToolError('City must be a non-empty string');
  if (!state) throw new ToolError('State must be a non-empty string');
}

// City and state are compared ignoring case; both bounds are inclusive and optional.
function matches(listing: Located, city: string, state: string, amount: number, min: number | null, max: number | null): boolean {
  if (listing.city.toLowerCase() !== city.toLowerCase()) return false;
  if (listing.state.toUpperCase() !== state.toUpperCase()) return false;
  if (min !== null && amount < min) return false;
  if (max !== null && amount > max) return false;
  return true;
}

export const searchSaleListings = defineTool({
  name: 'search_sale_listings',
  description:
    'Find homes listed for sale in a city and state (e.g. "Austin", "TX"; case-insensitive), optionally within ' +
    'min_price..max_price USD (inclusive). Returns {listings: [...]} with id, address, list price, bedrooms, ' +
    'bathrooms, square feet and days on market; an empty list when nothing matches.',
  input: z.object({
    city: z.string(),
    state: z.string(),
    min_price: anyInteger().nullable().default(null),
    max_price: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (draft: Draft<RentCastState>, args) => {
    requireLocation(args.city, args.state);
    const listings = draft.sale_listings
      .filter((l) => matches(l, args.city, args.state, l.list_price, args.min_price, args.max_price))
      .map((l) => ({
        id: l.id,
        address: l.address,
        list_price: l.list_price,
        bedrooms: l.bedrooms,
        bathrooms: l.bathrooms,
        sqft: l.sqft,
        days_on_market: l.days_on_market,
      }));
    return { listings };
  },
});

export const searchRentalListings = defineTool({
  name: 'search_rental_listings',
  description:
    'Find long-term rentals in a city and state (case-insensitive), optionally within min_rent..max_rent USD per ' +
    'month (inclusive). Returns {listings: [...]} with id, address, monthly rent, bedrooms, bathrooms and the date ' +
    'it becomes available; an empty list when nothing matches.',
  input: z.object({
    city: z.string(),
    state: z.string(),
    min_rent: anyInteger().nullable().default(null),
    max_rent: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (draft: Draft<RentCastState>, args) => {
    requireLocation(args.city, args.state);
    const listings = draft.rental_listings
      .filter((l) => matches(l, args.city, args.state, l.monthly_rent, args.min_rent, args.max_rent))
      .map((l) => ({
        id: l.id,
        address: l.address,
        monthly_rent: l.monthly_rent,
        bedrooms: l.bedrooms,
        bathrooms: l.bathrooms,
        available_date: l.available_date,
      }));
    return { listings };
  },
});
