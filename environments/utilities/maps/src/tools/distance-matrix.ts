import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { numeric, readCoordinate, requireTravelMode } from '../points.js';
import type { MapsState } from '../scenario.js';

const EARTH_RADIUS_M = 6371000;
const RADIANS_PER_DEGREE = Math.PI / 180;
const MAX_POINTS = 25;

const onGlobe = (lat: number, lng: number) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180;

// Great-circle (haversine) distance in whole metres, truncated.
function haversineMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const phi1 = lat1 * RADIANS_PER_DEGREE;
  const phi2 = lat2 * RADIANS_PER_DEGREE;
  const halfDPhi = Math.sin(((lat2 - lat1) * RADIANS_PER_DEGREE) / 2);
  const halfDLambda = Math.sin(((lng2 - lng1) * RADIANS_PER_DEGREE) / 2);
  let a = halfDPhi * halfDPhi + Math.cos(phi1) * Math.cos(phi2) * (halfDLambda * halfDLambda);
  // On the globe `a` lies in [0, 1]; near-antipodal points can overshoot by a rounding error, which
  // made the reference fail with "math domain error". Off-globe input keeps the raw formula.
  if (onGlobe(lat1, lng1) && onGlobe(lat2, lng2)) a = Math.min(1, Math.max(0, a));
  const metres = Math.trunc(EARTH_RADIUS_M * (2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a))));
  // Coordinates far outside the globe's range can push the formula out of its domain.
  if (!Number.isFinite(metres)) throw new ToolError(`Cannot compute a distance between (${lat1}, ${lng1}) and (${lat2}, ${lng2})`);
  return metres;
}

const point = z.record(z.string(), z.any());

export const mapsDistanceMatrix = defineTool({
  name: 'maps_distance_matrix',
  description:
    'Straight-line (great-circle) distance in metres from each origin to each destination. origins and destinations ' +
    'are lists of 1–25 objects {latitude, longitude}; mode is "driving" (default), "bicycling" or "transit" and does ' +
    'not change the distance. Returns rows[i].elements[j].distance.value for origin i and destination j.',
  input: z.object({
    origins: z.array(point),
    destinations: z.array(point),
    mode: z.string().default('driving'),
  }),
  annotations: { readOnlyHint: true },
  handler: (_state: Draft<MapsState>, args) => {
    if (args.origins.length === 0) throw new ToolError('Origins must be a non-empty list');
    if (args.destinations.length === 0) throw new ToolError('Destinations must be a non-empty list');
    if (args.origins.length > MAX_POINTS) throw new ToolError(`Maximum ${MAX_POINTS} origins allowed`);
    if (args.destinations.length > MAX_POINTS) throw new ToolError(`Maximum ${MAX_POINTS} destinations allowed`);
    requireTravelMode(args.mode);
    const read = (list: Record<string, unknown>[], name: string) =>
      list.map((entry, i) => ({
        latitude: numeric(readCoordinate(entry, 'latitude', `${name}[${i}]`)),
        longitude: numeric(readCoordinate(entry, 'longitude', `${name}[${i}]`)),
      }));
    const origins = read(args.origins, 'origins');
    const destinations = read(args.destinations, 'destinations');
    return {
      rows: origins.map((from) => ({
        elements: destinations.map((to) => ({
          distance: { value: haversineMetres(from.latitude, from.longitude, to.latitude, to.longitude) },
        })),
      })),
    };
  },
});
