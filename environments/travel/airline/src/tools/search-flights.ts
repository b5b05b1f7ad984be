import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirlineTool } from '../scenario.js';

export const searchFlights = defineAirlineTool({
  name: 'search_flights',
  description:
    'Direct flights from origin to destination (IATA codes, exact match), with their scheduled departure, seats left ' +
    'and price per cabin. The date (YYYY-MM-DD) is required, but every scheduled flight on the route is returned, ' +
    'whatever its date: check scheduled_departure yourself.',
  input: z.object({ origin: z.string(), destination: z.string(), date: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.origin || !args.destination || !args.date) {
      throw new ToolError('origin, destination and date are all required (IATA codes and YYYY-MM-DD)');
    }
    const flights = Object.values(state.flights)
      .filter((flight) => flight.origin === args.origin && flight.destination === args.destination)
      .map((flight) => ({
        flight_number: flight.flight_number,
        origin: flight.origin,
        destination: flight.destination,
        scheduled_departure: flight.scheduled_departure,
        available_seats: flight.available_seats,
        prices: flight.prices,
      }));
    return { flights };
  },
});
