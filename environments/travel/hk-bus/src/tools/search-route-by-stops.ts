import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { requireText } from './lookup-keys.js';

export const searchRouteByStops = defineHKBusTool({
  name: 'search_route_by_stops',
  description:
    'Routes from one stop to another, by exact stop names: {routes: [{route_number, transfer_information: {is_direct, ' +
    'transfer_stops}}]}, where transfer_stops names the stops to change at on an indirect route.',
  input: z.object({
    from_stop_name: z.string(),
    to_stop_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.from_stop_name, 'From stop name');
    requireText(args.to_stop_name, 'To stop name');
    const routes = ownEntry(state.route_connections, `${args.from_stop_name}:${args.to_stop_name}`) ?? [];
    return {
      routes: routes.map(({ route_number, transfer_information }) => ({
        route_number,
        transfer_information: { is_direct: transfer_information.is_direct, transfer_stops: transfer_information.transfer_stops },
      })),
    };
  },
});
