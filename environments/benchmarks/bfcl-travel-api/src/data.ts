// TravelAPI's data from gorilla commit 6ea57973 (Apache-2.0), shipped as JSON: the route price table
// of travel_booking.py (in its order) and the long-context cards and bookings of long_context.py.
// The files sit next to src/ and dist/ alike, so the same relative path finds them from both; they
// are read rather than imported because the build transpiles file by file and drops JSON import
// attributes.
import { readFileSync } from 'node:fs';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));

/** [from, to, base cost in USD] for every route, in BFCL's order. */
export const BASE_COSTS = read('base-costs.json') as readonly [string, string, number][];

const longContext = read('long-context.json') as {
  CREDIT_CARD_EXTENSION: Record<string, Record<string, unknown>>;
  BOOKING_RECORD_EXTENSION: Record<string, Record<string, unknown>>;
};
export const CREDIT_CARD_EXTENSION = longContext.CREDIT_CARD_EXTENSION;
export const BOOKING_RECORD_EXTENSION = longContext.BOOKING_RECORD_EXTENSION;
