import { z } from 'zod';
import { elevationKey } from './points.js';

// Same fields, order, constraints and default world as the reference's MapsScenario.
export const locationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const placeSchema = z.object({
  place_id: z.string(),
  name: z.string(),
  formatted_address: z.string(),
  location: locationSchema,
  phone_number: z.string().nullable().default(null),
  website: z.string().nullable().default(null),
  rating: z.number().min(0).max(5).nullable().default(null),
});

type Location = z.input<typeof locationSchema>;

const DEFAULT_CITIES: [string, number, number, number][] = [
  // [city, latitude, longitude, elevation in metres]
  ['New York', 40.7128, -74.006, 10],
  ['Los Angeles', 34.0522, -118.2437, 92],
  ['Chicago', 41.8781, -87.6298, 181],
  ['Houston', 29.7604, -95.3698, 32],
  ['Phoenix', 33.4484, -112.074, 331],
  ['Philadelphia', 39.9526, -75.1652, 12],
  ['San Antonio', 29.4241, -98.4936, 198],
  ['San Diego', 32.7157, -117.1611, 18],
  ['Dallas', 32.7767, -96.797, 131],
  ['San Jose', 37.3382, -121.8863, 25],
  ['Austin', 30.2672, -97.7431, 149],
  ['Jacksonville', 30.3322, -81.6557, 5],
  ['Fort Worth', 32.7555, -97.3308, 183],
  ['Columbus', 39.9612, -82.9988, 275],
  ['Charlotte', 35.2271, -80.8431, 229],
  ['San Francisco', 37.7749, -122.4194, 52],
  ['Indianapolis', 39.7684, -86.1581, 218],
  ['Seattle', 47.6062, -122.3321, 56],
  ['Denver', 39.7392, -104.9903, 1609],
  ['Boston', 42.3601, -71.0589, 43],
];

export const scenarioSchema = z.object({
  places: z.record(z.string(), placeSchema).default(() => ({})),
  cityCoordinates: z
    .record(z.string(), locationSchema)
    .default(
      () =>
        Object.fromEntries(DEFAULT_CITIES.map(([city, latitude, longitude]) => [city, { latitude, longitude }])) as Record<
          string,
          Location
        >,
    ),
  // Keyed "lat,lon" with four decimals, as maps_elevation looks points up.
  elevationData: z
    .record(z.string(), z.number())
    .default(() =>
      Object.fromEntries(DEFAULT_CITIES.map(([, latitude, longitude, elevation]) => [elevationKey(latitude, longitude), elevation])),
    ),
});

export type MapsState = z.output<typeof scenarioSchema>;
export type Place = z.output<typeof placeSchema>;
