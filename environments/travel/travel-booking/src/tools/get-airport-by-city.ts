import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';
import { requireText } from './session.js';

export const getAirportByCity = defineTravelBookingTool({
  name: 'get_airport_by_city',
  description:
    'The airport code of a city, by its exact (case-sensitive) name: {airport_code, city_name}. An unknown city ' +
    'answers airport_code "N/A" rather than failing.',
  input: z.object({
    city_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.city_name, 'city_name is required');
    return { airport_code: ownEntry(state.airport_city_map, args.city_name) ?? 'N/A', city_name: args.city_name };
  },
});
