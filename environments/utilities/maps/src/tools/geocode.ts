import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { md5Integer } from '../md5-integer.js';
import type { MapsState } from '../scenario.js';
import { pythonTitle } from '../text.js';

const LONE_SURROGATE = /\p{Surrogate}/u;

export const mapsGeocode = defineTool({
  name: 'maps_geocode',
  description:
    'Coordinates of a city by name (case-insensitive: "san francisco" finds "San Francisco"). A city the map does not ' +
    'know yet is given fixed coordinates derived from its name and remembered, so asking again returns the same point. ' +
    'Returns location {latitude, longitude}, formatted_address ("City" or "City, <country>") and place_id ' +
    '("geocode_<City>"). The optional country only decorates the address.',
  input: z.object({
    city: z.string(),
    country: z.string().nullable().default(null),
  }),
  handler: (state: Draft<MapsState>, args) => {
    if ([...args.city].length < 2) throw new ToolError('City must be a non-empty string with at least 2 characters');
    const key = pythonTitle(args.city);
    let location = ownEntry(state.cityCoordinates, key);
    if (!location) {
      if (LONE_SURROGATE.test(args.city)) throw new ToolError('City contains an unpaired surrogate and cannot be encoded as UTF-8');
      // The spelling as typed (not the title-cased key) seeds the position, as in the reference.
      const seed = md5Integer(args.city);
      location = {
        latitude: Number(seed % 1800n) / 10 - 90,
        longitude: Number((seed / 1800n) % 3600n) / 10 - 180,
      };
      state.cityCoordinates[key] = location;
    }
    return {
      location: { latitude: location.latitude, longitude: location.longitude },
      formatted_address: args.country ? `${key}, ${args.country}` : key,
      place_id: `geocode_${key.replaceAll(' ', '_')}`,
    };
  },
});
