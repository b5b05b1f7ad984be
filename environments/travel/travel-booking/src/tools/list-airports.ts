import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';

export const listAirports = defineTravelBookingTool({
  name: 'list_airports',
  description: 'Every airport code known to the city map, each once: {airport_codes: ["RVM", ...]}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  // Each code once, in the order the city map first names it.
  handler: (state) => ({ airport_codes: [...new Set(Object.values(state.airport_city_map))] }),
});
