import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { md5Integer } from '../md5-integer.js';
import { elevationKey, numeric, readCoordinate } from '../points.js';
import type { MapsState } from '../scenario.js';

const MAX_LOCATIONS = 512;

export const mapsElevation = defineTool({
  name: 'maps_elevation',
  description:
    'Elevation above sea level (metres, resolution 10 m) for 1–512 points {latitude, longitude}, matched to 4 decimal ' +
    'places. A point without survey data gets a fixed elevation between 1 and 2000 m derived from its coordinates, ' +
    'which is then remembered. Each result echoes the location object as given.',
  input: z.object({
    locations: z.array(z.record(z.string(), z.any())),
  }),
  handler: (state: Draft<MapsState>, args) => {
    if (args.locations.length === 0) throw new ToolError('Locations must be a non-empty list');
    if (args.locations.length > MAX_LOCATIONS) throw new ToolError(`Maximum ${MAX_LOCATIONS} locations per request`);
    return {
      elevation_data: args.locations.map((location, i) => {
        const latitude = numeric(readCoordinate(location, 'latitude', `locations[${i}]`));
        const longitude = numeric(readCoordinate(location, 'longitude', `locations[${i}]`));
        const key = elevationKey(latitude, longitude);
        let elevation = ownEntry(state.elevationData, key);
        if (elevation === undefined) {
          // Stable per point (the reference drew it from a per-process string hash).
          elevation = Number(md5Integer(key) % 2000n) + 1;
          state.elevationData[key] = elevation;
        }
        return { location, elevation, resolution: 10 };
      }),
    };
  },
});
