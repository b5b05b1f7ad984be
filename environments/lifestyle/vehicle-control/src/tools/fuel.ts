import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';

const TANK_CAPACITY_GALLONS = 50;
const MILES_PER_GALLON = 25;
const MILES_PER_KM = 0.621371;
const KM_PER_MILE = 1.60934;

export const getFuelLevel = defineVehicleControlTool({
  name: 'get_fuel_level',
  description: 'Fuel in the tank, in gallons (the tank holds 50): {fuel_level}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ fuel_level: state.fuel_level }),
});

export const fillFuelTank = defineVehicleControlTool({
  name: 'fill_fuel_tank',
  description:
    'Adds fuel_amount gallons (more than 0) to the tank and returns the new fuel_level. When the tank (50 gallons) ' +
    'would overflow nothing is added and the answer carries an `error` with the unchanged level.',
  input: z.object({
    fuel_amount: z.number(),
  }),
  handler: (state, args) => {
    if (args.fuel_amount <= 0) throw new ToolError(`fuel_amount must be more than 0 gallons (got ${args.fuel_amount})`);
    const filled = state.fuel_level + args.fuel_amount;
    if (filled > TANK_CAPACITY_GALLONS) {
      return { fuel_level: state.fuel_level, error: 'Fuel amount would exceed tank capacity of 50 gallons' };
    }
    state.fuel_level = filled;
    return { fuel_level: state.fuel_level };
  },
});

export const estimateDriveFeasibility = defineVehicleControlTool({
  name: 'estimate_drive_feasibility',
  description:
    'Whether the fuel in the tank covers a trip of `distance` (0 or more) at 25 miles per gallon: {can_drive, ' +
    'current_fuel_level, estimated_range}. unit "km" reads the distance and reports the range in kilometres; anything ' +
    'else (default "miles") means miles.',
  input: z.object({
    distance: z.number(),
    unit: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.distance < 0) throw new ToolError(`distance must be 0 or more (got ${args.distance})`);
    const inKm = args.unit === 'km';
    const distanceMiles = inKm ? args.distance * MILES_PER_KM : args.distance;
    const rangeMiles = state.fuel_level * MILES_PER_GALLON;
    return {
      can_drive: rangeMiles >= distanceMiles,
      current_fuel_level: state.fuel_level,
      estimated_range: inKm ? rangeMiles * KM_PER_MILE : rangeMiles,
    };
  },
});

export const convertLiterToGallon = defineVehicleControlTool({
  name: 'convert_liter_to_gallon',
  description: 'Converts a volume of liters (0 or more) to US gallons: {gallons}.',
  input: z.object({
    liters: z.number(),
  }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    if (args.liters < 0) throw new ToolError(`liters must be 0 or more (got ${args.liters})`);
    return { gallons: args.liters * 0.264172 };
  },
});

export const convertGallonToLiter = defineVehicleControlTool({
  name: 'convert_gallon_to_liter',
  description: 'Converts a volume of US gallons (0 or more) to liters: {liters}.',
  input: z.object({
    gallons: z.number(),
  }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    if (args.gallons < 0) throw new ToolError(`gallons must be 0 or more (got ${args.gallons})`);
    const liters = args.gallons * 3.78541;
    // JSON has no infinity: the reference answered the text "inf" here.
    if (!Number.isFinite(liters)) throw new ToolError(`gallons ${args.gallons} is too large to convert to liters`);
    return { liters };
  },
});
