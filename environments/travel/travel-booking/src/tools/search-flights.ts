import { anyInteger, ownEntry, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineTravelBookingTool } from '../scenario.js';

export const searchFlights = defineTravelBookingTool({
  name: 'search_flights',
  description:
    'Flights on a route, from departure_airport to arrival_airport (IATA codes), optionally only one travel_class ' +
    '(economy, business, first) and at most max_results of them. The travel_date is required, but flights are not ' +
    'dated: every flight on the route is a candidate. An unknown route gives {flights: []}.',
  input: z.object({
    departure_airport: z.string(),
    arrival_airport: z.string(),
    travel_date: z.string(),
    travel_class: z.string().nullable().default(null),
    max_results: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.departure_airport || !args.arrival_airport || !args.travel_date) {
      throw new ToolError('departure_airport, arrival_airport and travel_date are all required');
    }
    const route = ownEntry(state.available_flights, `${args.departure_airport}-${args.arrival_airport}`);
    if (!route) return { flights: [] };
    let flights = route.filter(
      (flight) =>
        (!args.travel_class || flight.travel_class === args.travel_class) &&
        flight.departure_airport === args.departure_airport &&
        flight.arrival_airport === args.arrival_airport,
    );
    // A list slice: 0 means no limit, a negative limit drops that many from the end.
    if (args.max_results) flights = pythonSlice(flights, null, args.max_results);
    return { flights };
  },
});
