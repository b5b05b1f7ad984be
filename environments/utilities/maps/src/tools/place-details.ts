import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { MapsState } from '../scenario.js';

export const mapsPlaceDetails = defineTool({
  name: 'maps_place_details',
  description:
    'Details of a place by place_id: name, formatted_address, location, phone_number, website and rating (0–5; ' +
    'null where unknown). An id that is not on the map gives a placeholder ("Unknown Place" at 0,0) rather than an error.',
  input: z.object({ place_id: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<MapsState>, args) => {
    if (!args.place_id) throw new ToolError('Place ID must be a non-empty string');
    const place = ownEntry(state.places, args.place_id);
    if (!place) {
      return {
        name: 'Unknown Place',
        formatted_address: 'Unknown Address',
        location: { latitude: 0, longitude: 0 },
        place_id: args.place_id,
        phone_number: null,
        website: null,
        rating: null,
      };
    }
    return {
      name: place.name,
      formatted_address: place.formatted_address,
      location: { latitude: place.location.latitude, longitude: place.location.longitude },
      place_id: place.place_id,
      phone_number: place.phone_number,
      website: place.website,
      rating: place.rating,
    };
  },
});
