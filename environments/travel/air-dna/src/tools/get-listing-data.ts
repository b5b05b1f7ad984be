import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirDNATool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getListingData = defineAirDNATool({
  name: 'get_listing_data',
  description:
    "An Airbnb listing's last-twelve-months performance: revenue, occupancy %, average daily rate, review count and " +
    'rating. A listing not on file answers with its id and zeros.',
  input: z.object({
    airbnb_property_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.airbnb_property_id, 'Airbnb property ID');
    const data = ownEntry(state.listing_data_map, args.airbnb_property_id);
    if (!data) {
      return {
        property_id: args.airbnb_property_id,
        revenue_ltm: 0.0,
        occupancy_ltm: 0.0,
        adr_ltm: 0.0,
        number_of_reviews: 0,
        rating: 0.0,
      };
    }
    const { property_id, revenue_ltm, occupancy_ltm, adr_ltm, number_of_reviews, rating } = data;
    return { property_id, revenue_ltm, occupancy_ltm, adr_ltm, number_of_reviews, rating };
  },
});
