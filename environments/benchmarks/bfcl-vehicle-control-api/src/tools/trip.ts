import { z } from 'zod';
import { INTERMEDIARY_CITIES } from '../long-context.js';
import { defineVehicleTool } from '../scenario.js';

const MILES_PER_GALLON = 20.0;

// Known distances in km between zip codes, either way round.
const DISTANCES: [string, string, number][] = [
  ['83214', '74532', 750.0],
  ['56108', '62947', 320.0],
  ['71354', '83462', 450.0],
  ['47329', '52013', 290.0],
  ['69238', '51479', 630.0],
  ['94016', '83214', 980.0],
  ['94016', '94704', 600.0],
  ['94704', '08540', 2550.0],
  ['94016', '08540', 1950.0],
  ['62947', '47329', 1053.0],
  ['94016', '62947', 780.0],
  ['74532', '94016', 880.0],
];

const ZIP_CODES: Record<string, string> = {
  Rivermist: '83214',
  Stonebrook: '74532',
  Maplecrest: '56108',
  Silverpine: '62947',
  Shadowridge: '71354',
  'Sunset Valley': '83462',
  Oakendale: '47329',
  Willowbend: '52013',
  'Crescent Hollow': '69238',
  Autumnville: '51479',
  'San Francisco': '94016',
};

export const estimateDriveFeasibilityByMileage = defineVehicleTool({
  name: 'estimate_drive_feasibility_by_mileage',
  description: 'Whether the fuel in the tank covers `distance` miles at 20 miles per gallon: {canDrive}.',
  input: z.object({ distance: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({ canDrive: !(state.fuelLevel * MILES_PER_GALLON < args.distance) }),
});

export const literToGallon = defineVehicleTool({
  name: 'liter_to_gallon',
  description: 'Convert liters to US gallons (× 0.264172).',
  input: z.object({ liter: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => ({ gallon: args.liter * 0.264172 }),
});

export const gallonToLiter = defineVehicleTool({
  name: 'gallon_to_liter',
  description: 'Convert US gallons to liters (× 3.78541).',
  input: z.object({ gallon: z.number() }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => ({ liter: args.gallon * 3.78541 }),
});

export const estimateDistance = defineVehicleTool({
  name: 'estimate_distance',
  description:
    'The road distance in km between two cities given by zip code, from a small table; an unknown pair is ' +
    'answered with {error}. The long-context variant lists the intermediary cities too.',
  input: z.object({ cityA: z.string(), cityB: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const known = DISTANCES.find(([a, b]) => (args.cityA === a && args.cityB === b) || (args.cityA === b && args.cityB === a));
    const result: Record<string, unknown> = known ? { distance: known[2] } : { error: 'distance not found in database.' };
    if (state.long_context) result.intermediaryCities = INTERMEDIARY_CITIES;
    return result;
  },
});

export const getZipcodeBasedOnCity = defineVehicleTool({
  name: 'get_zipcode_based_on_city',
  description: 'The zip code of a city the car knows; "00000" for any other.',
  input: z.object({ city: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => ({ zipcode: Object.hasOwn(ZIP_CODES, args.city) ? ZIP_CODES[args.city] : '00000' }),
});

export const setNavigation = defineVehicleTool({
  name: 'set_navigation',
  description: 'Set the navigation destination (street, city, state).',
  input: z.object({ destination: z.string() }),
  handler: (state, args) => {
    state.destination = args.destination;
    return { status: `Navigating to ${args.destination}` };
  },
});

export const findNearestTireShop = defineVehicleTool({
  name: 'find_nearest_tire_shop',
  description: 'The address of the nearest tire shop.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: () => ({ shopLocation: '456 Oakwood Avenue, Rivermist, 83214' }),
});
