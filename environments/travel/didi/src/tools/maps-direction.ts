import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDidiTool } from '../scenario.js';
import { coordinateText, readLocation, requireLocationObject, straightLineMeters } from './locations.js';

const MODES = ['bicycling', 'driving', 'transit', 'walking'];

// Average speeds in meters per second the reference assumes when a route is not in the table.
const SPEED: Record<string, number> = { driving: 8.33, transit: 5.56, walking: 1.39, bicycling: 4.17 };

export const mapsDirection = defineDidiTool({
  name: 'maps_direction',
  description:
    'Plan a route between two {latitude, longitude} points by mode: bicycling, driving, transit or walking. Returns ' +
    'distance (m), duration (s) and the route (waypoints, or transit legs plus a transfers count). Known routes come ' +
    'from the route table; others are estimated from the straight-line distance. For transit, giving a city adds a bus leg.',
  annotations: { readOnlyHint: true },
  input: z.object({
    mode: z.string(),
    origin_location: z.record(z.string(), z.any()),
    destination_location: z.record(z.string(), z.any()),
    city: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    if (!args.mode) throw new ToolError('mode must be a non-empty string: bicycling, driving, transit or walking');
    if (!MODES.includes(args.mode)) {
      throw new ToolError(`Unknown mode "${args.mode}": use one of bicycling, driving, transit or walking`);
    }
    requireLocationObject(args.origin_location, 'origin_location');
    requireLocationObject(args.destination_location, 'destination_location');
    const origin = readLocation(args.origin_location, 'origin_location');
    const destination = readLocation(args.destination_location, 'destination_location');

    const key = `${args.mode}_${coordinateText(origin)}_${coordinateText(destination)}`;
    if (hasEntry(state.route_database, key)) return ownEntry(state.route_database, key);

    const distance = straightLineMeters(origin, destination);
    const duration = Math.trunc(distance / (SPEED[args.mode] as number));
    if (args.mode === 'transit') {
      const legs: Record<string, unknown>[] = [{ type: 'subway', line: 'Line 1', stops: 3 }];
      if (args.city) legs.push({ type: 'bus', line: 'Bus 101', stops: 2 });
      return { distance, duration, transfers: 1, route: legs };
    }
    const route = [
      { lat: origin.latitude, lng: origin.longitude },
      { lat: (origin.latitude + destination.latitude) / 2, lng: (origin.longitude + destination.longitude) / 2 },
      { lat: destination.latitude, lng: destination.longitude },
    ];
    return { distance, duration, route };
  },
});
