import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';

export const listAirports = defineAirlineTool({
  name: 'list_airports',
  description: 'Every airport the airline serves, as {airports: [{iata, city}]} in the order they are configured.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ airports: state.airports.map((airport) => ({ iata: airport.iata, city: airport.city })) }),
});
