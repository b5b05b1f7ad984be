import { containsText, ownEntry, parsePythonInt, pythonSplit, pythonStringRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool, type Place } from '../scenario.js';
import { readLocation, requireLocationObject } from './locations.js';

const DEFAULT_RADIUS = 5000n;

// When nothing matches, a few everyday words still get the first three places of a category.
const FALLBACK_CATEGORY: Record<string, string> = {
  restaurant: 'restaurant',
  food: 'restaurant',
  dining: 'restaurant',
  hotel: 'hotel',
  lodging: 'hotel',
  gas: 'gas station',
  fuel: 'gas station',
  station: 'gas station',
};

function readRadius(text: string | null): bigint {
  if (!text) return DEFAULT_RADIUS;
  const radius = parsePythonInt(text);
  if (radius === undefined) {
    throw new ToolError(`max_distance must be a whole number of meters such as "2000", got ${pythonStringRepr(text)}`);
  }
  return radius;
}

export const mapsPlaceAround = defineDidiTool({
  name: 'maps_place_around',
  description:
    'Find places of interest near a {latitude, longitude} point by keywords. A category (restaurant, hotel, gas ' +
    'station, …) matches when the keywords appear in its name or any keyword appears in one of its places’ names; ' +
    'its places within max_distance meters (text, default 5000) are returned as {places: [...]}. With no match, ' +
    'food/dining, lodging and gas/fuel/station fall back to the first three places of their category.',
  annotations: { readOnlyHint: true },
  input: z.object({
    keywords: z.string(),
    location: z.record(z.string(), z.any()),
    max_distance: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.keywords) throw new ToolError('keywords must be a non-empty string, e.g. "restaurant"');
    requireLocationObject(args.location, 'location');
    // The reference checks the center point but the stored distances are what it filters on.
    readLocation(args.location, 'location');
    const radius = readRadius(args.max_distance);

    const query = args.keywords.toLowerCase();
    const words = pythonSplit(query);
    const found: Place[] = [];
    for (const [category, places] of Object.entries(state.places_database)) {
      const matches =
        containsText(category.toLowerCase(), query) ||
        places.some((place) => {
          const name = place.name.toLowerCase();
          return words.some((word) => containsText(name, word));
        });
      if (!matches) continue;
      for (const place of places) if (BigInt(place.distance) <= radius) found.push(place);
    }
    if (found.length === 0) {
      const fallback = ownEntry(FALLBACK_CATEGORY, query);
      if (fallback !== undefined) found.push(...(ownEntry(state.places_database, fallback) ?? []).slice(0, 3));
    }
    return { places: found };
  },
});
