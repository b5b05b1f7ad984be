import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';
import { defaultAddresses, defaultPlaces, defaultRoutes } from './default-world.js';

// The state: EnvFactory's Didi scenario. Every field has a default, so {} loads the reference's
// default world (central Beijing: fifteen places, five addresses, four routes).
export const locationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const placeSchema = z.object({
  name: z.string(),
  address: z.string(),
  location: locationSchema,
  distance: z.int().min(0),
});

export const routeInfoSchema = z.object({
  distance: z.int().min(0),
  duration: z.int().min(0),
  transfers: z.int().min(0).nullable().default(null),
  route: z.array(z.record(z.string(), z.any())).default(() => []),
});

export const addressInfoSchema = z.object({
  address: z.string(),
  province: z.string(),
  city: z.string(),
  district: z.string(),
  street: z.string(),
});

export const taxiProductSchema = z.object({
  product_category: z.string(),
  price: z.number().min(0),
  estimated_duration: z.int().min(0),
});

export const taxiEstimateSchema = z.object({
  estimate_trace_id: z.string(),
  products: z.array(taxiProductSchema),
});

export const orderInfoSchema = z.object({
  order_id: z.string(),
  status: z.string(),
  driver_name: z.string().nullable().default(null),
  driver_phone: z.string().nullable().default(null),
  license_plate: z.string().nullable().default(null),
  estimated_arrival: z.int().min(0).nullable().default(null),
});

// The reference's DidiScenario.
export const scenarioSchema = z.object({
  current_location: locationSchema.default(() => ({ latitude: 39.9042, longitude: 116.4074 })),
  orders: z.record(z.string(), orderInfoSchema).default(() => ({})),
  estimates: z.record(z.string(), taxiEstimateSchema).default(() => ({})),
  places_database: z.record(z.string(), z.array(placeSchema)).default(defaultPlaces),
  address_database: z.record(z.string(), addressInfoSchema).default(defaultAddresses),
  route_database: z.record(z.string(), routeInfoSchema).default(defaultRoutes),
  random_seed: z.int().nullable().default(null),
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u)
    .default('2024-01-01T00:00:00'),
});

export type Location = z.output<typeof locationSchema>;
export type Place = z.output<typeof placeSchema>;
export type RouteInfo = z.output<typeof routeInfoSchema>;
export type AddressInfo = z.output<typeof addressInfoSchema>;
export type OrderInfo = z.output<typeof orderInfoSchema>;

export type DidiState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of DidiState. */
export const defineDidiTool = toolsFor<DidiState>();
