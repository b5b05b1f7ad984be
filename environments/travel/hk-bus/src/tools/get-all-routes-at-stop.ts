import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineHKBusTool } from '../scenario.js';
import { directionPart, requireText } from './lookup-keys.js';

export const getAllRoutesAtStop = defineHKBusTool({
  name: 'get_all_routes_at_stop',
  description:
    "Every route serving a stop, by the stop's exact name: {routes: [{route_number, route_name, direction}]} " +
    '(direction "" when the route has none).',
  input: z.object({
    stop_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.stop_name, 'Stop name');
    const routes = ownEntry(state.stop_routes, args.stop_name) ?? [];
    return {
      routes: routes.map(({ route_number, route_name, direction }) => ({ route_number, route_name, direction: directionPart(direction) })),
    };
  },
});
