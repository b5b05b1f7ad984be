import { containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { requireText } from './lookup-keys.js';

export const findBusesToDestination = defineHKBusTool({
  name: 'find_buses_to_destination',
  description:
    'Routes whose name mentions a destination (e.g. "Central", case-insensitive), and also the origin when one is ' +
    'given: {routes: [{route_number, route_name}]}.',
  input: z.object({
    destination: z.string(),
    origin: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.destination, 'Destination');
    const destination = args.destination.toLowerCase();
    const origin = args.origin ? args.origin.toLowerCase() : undefined;
    const routes = Object.values(state.routes).filter((route) => {
      const name = route.route_name.toLowerCase();
      return containsText(name, destination) && (origin === undefined || containsText(name, origin));
    });
    return { routes: routes.map(({ route_number, route_name }) => ({ route_number, route_name })) };
  },
});
