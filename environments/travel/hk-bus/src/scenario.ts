import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's HKBus scenario, same fields and bounds; {} is an empty network. Lookups
// are filed under composite keys, as the reference files them: route stops under "route:direction",
// arrivals under "route:stop name:direction" and connections under "from stop:to stop" (a route
// without a direction leaves that part empty, "6:Central:").

export const locationSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const busStopSchema = z.object({
  stop_id: z.string(),
  stop_name: z.string(),
  location: locationSchema,
});

export const routeInfoSchema = z.object({
  route_number: z.string(),
  route_name: z.string(),
  direction: z.string().nullable().default(null),
});

export const stopOnRouteSchema = z.object({
  stop_order: z.int().min(1),
  stop_name: z.string(),
});

export const busArrivalSchema = z.object({
  estimated_arrival_time: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u),
  distance_from_stop: z.number().min(0),
});

export const transferInfoSchema = z.object({
  is_direct: z.boolean(),
  transfer_stops: z.array(z.string()).default(() => []),
});

export const routeWithTransferSchema = z.object({
  route_number: z.string(),
  transfer_information: transferInfoSchema,
});

// The reference's HKBusScenario.
export const scenarioSchema = z.object({
  stops: z.record(z.string(), busStopSchema).default(() => ({})),
  routes: z.record(z.string(), routeInfoSchema).default(() => ({})),
  route_stops: z.record(z.string(), z.array(stopOnRouteSchema)).default(() => ({})),
  stop_routes: z.record(z.string(), z.array(routeInfoSchema)).default(() => ({})),
  bus_arrivals: z.record(z.string(), z.array(busArrivalSchema)).default(() => ({})),
  route_connections: z.record(z.string(), z.array(routeWithTransferSchema)).default(() => ({})),
});

export type HKBusState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of HKBusState. */
export const defineHKBusTool = toolsFor<HKBusState>();
