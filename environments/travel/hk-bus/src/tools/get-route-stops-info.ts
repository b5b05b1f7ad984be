import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { directionPart, requireText } from './lookup-keys.js';

export const getRouteStopsInfo = defineHKBusTool({
  name: 'get_route_stops_info',
  description:
    "A route's stops in order, for one direction when the route has several: {stops: [{stop_order, stop_name}]}; " +
    'an empty list when the route (in that direction) is not on file.',
  input: z.object({
    route: z.string(),
    direction: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.route, 'Route');
    const stops = ownEntry(state.route_stops, `${args.route}:${directionPart(args.direction)}`) ?? [];
    return { stops: stops.map(({ stop_order, stop_name }) => ({ stop_order, stop_name })) };
  },
});
