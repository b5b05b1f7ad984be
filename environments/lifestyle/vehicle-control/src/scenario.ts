import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's VehicleControl scenario. Every field has a default, so {} loads the
// reference's default world.
export const tirePressureSchema = z.object({
  front_left: z.number().min(0),
  front_right: z.number().min(0),
  rear_left: z.number().min(0),
  rear_right: z.number().min(0),
});

export const doorStatusSchema = z.object({
  driver: z.string().regex(/^(locked|unlocked)$/u),
  passenger: z.string().regex(/^(locked|unlocked)$/u),
  rear_left: z.string().regex(/^(locked|unlocked)$/u),
  rear_right: z.string().regex(/^(locked|unlocked)$/u),
});

export const climateStatusSchema = z.object({
  temperature: z.number(),
  fan_speed: z.int().min(0).max(100),
  mode: z.string().regex(/^(auto|cool|heat|defrost)$/u),
  humidity_level: z.number().min(0).max(100),
});

// The reference's VehicleScenario.
export const scenarioSchema = z.object({
  engine_state: z
    .string()
    .regex(/^(running|stopped)$/u)
    .default('stopped'),
  fuel_level: z.number().min(0).max(50).default(25),
  battery_voltage: z.number().min(0).default(12),
  door_status: doorStatusSchema.default(() => ({
    driver: 'unlocked',
    passenger: 'unlocked',
    rear_left: 'unlocked',
    rear_right: 'unlocked',
  })),
  climate_status: climateStatusSchema.default(() => ({ temperature: 22, fan_speed: 50, mode: 'auto', humidity_level: 45 })),
  headlight_status: z
    .string()
    .regex(/^(on|off|auto)$/u)
    .default('off'),
  parking_brake_status: z
    .string()
    .regex(/^(engaged|released)$/u)
    .default('released'),
  parking_brake_force: z.number().min(0).default(0),
  slope_angle: z.number().default(0),
  brake_pedal_status: z
    .string()
    .regex(/^(pressed|released)$/u)
    .default('released'),
  brake_pedal_force: z.number().min(0).default(0),
  cruise_status: z
    .string()
    .regex(/^(active|inactive)$/u)
    .default('inactive'),
  current_speed: z.number().min(0).default(0),
  distance_to_next_vehicle: z.number().min(0).default(100),
  tire_pressure: tirePressureSchema.default(() => ({ front_left: 32, front_right: 32, rear_left: 32, rear_right: 32 })),
  navigation_destination: z.string().default(''),
  navigation_active: z.boolean().default(false),
  outside_temperature: z.number().default(20),
  cityZipMap: z.record(z.string(), z.string()).default(() => ({
    'New York': '10001',
    'Los Angeles': '90001',
    Chicago: '60601',
    Houston: '77001',
    Phoenix: '85001',
    Philadelphia: '19101',
    'San Antonio': '78201',
    'San Diego': '92101',
    Dallas: '75201',
    'San Jose': '95101',
    Austin: '78701',
    Jacksonville: '32201',
    'Fort Worth': '76101',
    Columbus: '43201',
    Charlotte: '28201',
    'San Francisco': '94101',
    Indianapolis: '46201',
    Seattle: '98101',
    Denver: '80201',
    Washington: '20001',
  })),
  distanceMap: z.record(z.string(), z.record(z.string(), z.number())).default(() => ({
    '10001': { '19101': 150, '60601': 1200, '77001': 1800, '85001': 3500, '90001': 4500 },
    '60601': { '10001': 1200, '19101': 1100, '77001': 1500, '85001': 2300, '90001': 2800 },
    '77001': { '10001': 1800, '19101': 1900, '60601': 1500, '85001': 1700, '90001': 2200 },
    '85001': { '10001': 3500, '19101': 3400, '60601': 2300, '77001': 1700, '90001': 600 },
    '90001': { '10001': 4500, '19101': 4300, '60601': 2800, '77001': 2200, '85001': 600 },
  })),
  shopLocationsMap: z.record(z.string(), z.string()).default(() => ({
    '10001': '123 Main St, New York, NY',
    '19101': '987 Liberty Bell Dr, Philadelphia, PA',
    '60601': '789 Lake Shore Dr, Chicago, IL',
    '75201': '369 Downtown Plz, Dallas, TX',
    '77001': '321 Space Center Blvd, Houston, TX',
    '78201': '147 River Walk, San Antonio, TX',
    '85001': '654 Camelback Rd, Phoenix, AZ',
    '90001': '456 Sunset Blvd, Los Angeles, CA',
    '92101': '258 Harbor Dr, San Diego, CA',
    '95101': '741 Silicon Valley Blvd, San Jose, CA',
  })),
});

export type VehicleControlState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of VehicleControlState. */
export const defineVehicleControlTool = toolsFor<VehicleControlState>();
