import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';

const TIRE_POSITIONS = ['front_left', 'front_right', 'rear_left', 'rear_right'] as const;

/** The healthy band, in PSI, both ends included. */
function isHealthy(psi: number): boolean {
  return psi >= 30 && psi <= 35;
}

function isTirePosition(name: string): name is (typeof TIRE_POSITIONS)[number] {
  return (TIRE_POSITIONS as readonly string[]).includes(name);
}

export const getTirePressure = defineVehicleControlTool({
  name: 'get_tire_pressure',
  description:
    'Tire pressures in PSI: tire_pressure maps front_left, front_right, rear_left and rear_right to PSI, and ' +
    'healthy_tire_pressure says whether their average is within 30-35. With tire_position, only that tire and whether ' +
    'it alone is within 30-35 ({} and false when the name is not a tire).',
  input: z.object({
    tire_position: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const tires = state.tire_pressure;
    const position = args.tire_position;
    if (position) {
      if (!isTirePosition(position)) return { tire_pressure: {}, healthy_tire_pressure: false };
      return { tire_pressure: { [position]: tires[position] }, healthy_tire_pressure: isHealthy(tires[position]) };
    }
    const pressures = TIRE_POSITIONS.map((name) => tires[name]);
    const average = pressures.reduce((sum, psi) => sum + psi, 0) / pressures.length;
    return {
      tire_pressure: Object.fromEntries(TIRE_POSITIONS.map((name) => [name, tires[name]])),
      healthy_tire_pressure: isHealthy(average),
    };
  },
});

export const checkTirePressure = defineVehicleControlTool({
  name: 'check_tire_pressure',
  description:
    'Each tire in PSI (front_left_tire_pressure, front_right_tire_pressure, rear_left_tire_pressure, ' +
    'rear_right_tire_pressure) and healthy_tire_pressure: true only when every tire is within 30-35 PSI.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    const tires = state.tire_pressure;
    return {
      front_left_tire_pressure: tires.front_left,
      front_right_tire_pressure: tires.front_right,
      rear_left_tire_pressure: tires.rear_left,
      rear_right_tire_pressure: tires.rear_right,
      healthy_tire_pressure: TIRE_POSITIONS.every((name) => isHealthy(tires[name])),
    };
  },
});

export const findNearestTireShop = defineVehicleControlTool({
  name: 'find_nearest_tire_shop',
  description:
    'The tire shop for the car’s home area — the first city of the zipcode directory: {shop_location} with its ' +
    'address, or "No tire shop found" when that zipcode has no shop.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    // "Nearest" is the first directory entry: the car's location is not modelled beyond that.
    const firstZipcode = Object.values(state.cityZipMap)[0];
    const shop = firstZipcode ? ownEntry(state.shopLocationsMap, firstZipcode) : undefined;
    return { shop_location: shop ?? 'No tire shop found' };
  },
});
