import { defineTool, type Draft } from '@envfleet/kit';
import { z } from 'zod';
import { type Coordinate, numeric, readCoordinate, requireTravelMode } from '../points.js';
import type { MapsState } from '../scenario.js';

// The route is schematic: one leg of 1 km / 5 min split into two steps that meet at the midpoint.
const LEG_METRES = 1000;
const LEG_SECONDS = 300;

// The smaller/larger of two coordinates, returned as given (the first one on a tie).
const lower = (a: Coordinate, b: Coordinate) => (numeric(b) < numeric(a) ? b : a);
const higher = (a: Coordinate, b: Coordinate) => (numeric(b) > numeric(a) ? b : a);

export const mapsDirections = defineTool({
  name: 'maps_directions',
  description:
    'A route between two points {latitude, longitude}: its bounding box (northeast/southwest corners) and one leg of ' +
    'two steps through the midpoint, with distance (m), duration (s) and travel mode. mode is "driving" (default), ' +
    '"bicycling" or "transit". This map has no road network: every leg is reported as 1000 m and 300 s.',
  input: z.object({
    origin_location: z.record(z.string(), z.any()),
    destination_location: z.record(z.string(), z.any()),
    mode: z.string().default('driving'),
  }),
  annotations: { readOnlyHint: true },
  handler: (_state: Draft<MapsState>, args) => {
    requireTravelMode(args.mode);
    const origin = args.origin_location;
    const destination = args.destination_location;
    const originLat = readCoordinate(origin, 'latitude', 'origin_location');
    const destinationLat = readCoordinate(destination, 'latitude', 'destination_location');
    const originLng = readCoordinate(origin, 'longitude', 'origin_location');
    const destinationLng = readCoordinate(destination, 'longitude', 'destination_location');
    const midpoint = () => ({
      latitude: (numeric(originLat) + numeric(destinationLat)) / 2,
      longitude: (numeric(originLng) + numeric(destinationLng)) / 2,
    });
    const firstShare = Math.floor(LEG_METRES / 3);
    return {
      routes: [
        {
          bounds: {
            northeast: { latitude: higher(originLat, destinationLat), longitude: higher(originLng, destinationLng) },
            southwest: { latitude: lower(originLat, destinationLat), longitude: lower(originLng, destinationLng) },
          },
          legs: [
            {
              distance: { value: LEG_METRES },
              duration: { value: LEG_SECONDS },
              steps: [
                {
                  distance: { value: firstShare },
                  duration: { value: Math.floor(LEG_SECONDS / 3) },
                  start_location: origin,
                  end_location: midpoint(),
                  travel_mode: args.mode,
                },
                {
                  distance: { value: Math.floor((LEG_METRES * 2) / 3) },
                  duration: { value: Math.floor((LEG_SECONDS * 2) / 3) },
                  start_location: midpoint(),
                  end_location: destination,
                  travel_mode: args.mode,
                },
              ],
            },
          ],
        },
      ],
    };
  },
});
