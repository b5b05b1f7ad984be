import { anyInteger, ownEntry, pythonSlice } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { arrivalsKey, requireText } from './lookup-keys.js';

export const getBusEta = defineHKBusTool({
  name: 'get_bus_eta',
  description:
    'The next `count` arrivals (default 3) of a route at a stop, optionally in one direction: {arrivals: ' +
    '[{estimated_arrival_time, distance_from_stop}]}, soonest first; an empty list when none is known. A negative ' +
    'count leaves off that many from the end, as a Python slice does.',
  input: z.object({
    route: z.string(),
    stop_name: z.string(),
    direction: z.string().nullable().default(null),
    count: anyInteger().default(3),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.route, 'Route');
    requireText(args.stop_name, 'Stop name');
    const arrivals = ownEntry(state.bus_arrivals, arrivalsKey(args.route, args.stop_name, args.direction)) ?? [];
    return {
      arrivals: pythonSlice(arrivals, null, args.count).map(({ estimated_arrival_time, distance_from_stop }) => ({
        estimated_arrival_time,
        distance_from_stop,
      })),
    };
  },
});
