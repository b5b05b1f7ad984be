import { defineTool, type Draft, formatFixed } from '@envfleet/kit';
import { z } from 'zod';
import type { MapsState } from '../scenario.js';

export const mapsReverseGeocode = defineTool({
  name: 'maps_reverse_geocode',
  description:
    'Describe a coordinate by the nearest known city (straight-line distance in degrees): formatted_address is ' +
    '"<City> (<lat>, <lon>)" with 4 decimals, or "Unknown Location (…)" when the map knows no city. Also returns a ' +
    'place_id ("reverse_<lat>_<lon>") and the coordinates as given.',
  input: z.object({
    latitude: z.number(),
    longitude: z.number(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<MapsState>, args) => {
    let closest = 'Unknown Location';
    let best = Number.POSITIVE_INFINITY;
    for (const [city, location] of Object.entries(state.cityCoordinates)) {
      const dLat = args.latitude - location.latitude;
      const dLon = args.longitude - location.longitude;
      const distance = Math.sqrt(dLat * dLat + dLon * dLon);
      // Strictly closer only: on a tie the city listed first wins.
      if (distance < best) {
        best = distance;
        closest = city;
      }
    }
    const latitude = formatFixed(args.latitude, 4);
    const longitude = formatFixed(args.longitude, 4);
    return {
      formatted_address: `${closest} (${latitude}, ${longitude})`,
      place_id: `reverse_${latitude}_${longitude}`,
      coordinates: { latitude: args.latitude, longitude: args.longitude },
    };
  },
});
