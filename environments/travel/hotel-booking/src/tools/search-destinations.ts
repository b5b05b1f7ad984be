import { containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineHotelBookingTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const searchDestinations = defineHotelBookingTool({
  name: 'search_destinations',
  description:
    'Find destinations whose city name contains the given text (case-insensitive), e.g. "par" finds Paris. ' +
    'Returns {destinations: [...]} with each destination_id, city_name, country and location; use the id with get_hotels.',
  input: z.object({
    city: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.city, 'City');
    const wanted = args.city.toLowerCase();
    return {
      destinations: Object.values(state.destinations).filter((destination) => containsText(destination.city_name.toLowerCase(), wanted)),
    };
  },
});
