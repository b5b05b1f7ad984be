import { defineTool, type Draft, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { CarPriceState } from '../scenario.js';

export const searchCarPrice = defineTool({
  name: 'search_car_price',
  description:
    'List the models of one brand with their FIPE code, production year, fuel type and current market price in BRL. ' +
    'brand_name must match the brand exactly as get_car_brands spells it (case-sensitive, e.g. "Toyota"); ' +
    'an unknown brand gives an empty list.',
  input: z.object({
    brand_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CarPriceState>, args) => {
    if (!args.brand_name) throw new ToolError('Brand name must be a non-empty string');
    const vehicles = ownEntry(state.vehicles, args.brand_name);
    return { vehicles: vehicles ?? [] };
  },
});
