import { defineTool, type Draft, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CarPriceState } from '../scenario.js';

// The FIPE API names its categories in Portuguese; both spellings reach the same list.
const TYPE_ALIASES: Record<string, string> = {
  cars: 'cars',
  carros: 'cars',
  motorcycles: 'motorcycles',
  motos: 'motorcycles',
  trucks: 'trucks',
  caminhoes: 'trucks',
};

export const getVehiclesByType = defineTool({
  name: 'get_vehicles_by_type',
  description:
    'List the brands that sell a vehicle type. vehicle_type is case-insensitive: "cars"/"carros", ' +
    '"motorcycles"/"motos" or "trucks"/"caminhoes" (any other category present in the table also works). ' +
    'An unknown type gives an empty list.',
  input: z.object({
    vehicle_type: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CarPriceState>, args) => {
    if (!args.vehicle_type) throw new ToolError('Vehicle type must be a non-empty string');
    const lowered = args.vehicle_type.toLowerCase();
    const canonical = Object.hasOwn(TYPE_ALIASES, lowered) ? (TYPE_ALIASES[lowered] as string) : lowered;
    // A table keyed by the Portuguese name ("carros") is still found when the canonical key is absent.
    for (const key of [canonical, lowered]) {
      if (Object.hasOwn(state.vehicle_types, key)) return { brands: state.vehicle_types[key] };
    }
    return { brands: [] };
  },
});
