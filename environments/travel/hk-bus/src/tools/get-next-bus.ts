import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { arrivalsKey, requireText } from './lookup-keys.js';

export const getNextBus = defineHKBusTool({
  name: 'get_next_bus',
  description:
    'The next bus of a route at a stop (optionally in one direction, e.g. "to Central"): {estimated_arrival_time, ' +
    'distance_from_stop (km)}. Fails when no arrival is known for that route, stop and direction.',
  input: z.object({
    route: z.string(),
    stop_name: z.string(),
    direction: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.route, 'Route');
    requireText(args.stop_name, 'Stop name');
    const next = (ownEntry(state.bus_arrivals, arrivalsKey(args.route, args.stop_name, args.direction)) ?? [])[0];
    if (!next) throw new ToolError(`No arrival information found for route ${args.route} at stop ${args.stop_name}`);
    return { estimated_arrival_time: next.estimated_arrival_time, distance_from_stop: next.distance_from_stop };
  },
});
