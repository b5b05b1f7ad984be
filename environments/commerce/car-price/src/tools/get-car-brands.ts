import { defineTool, type Draft, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import type { CarPriceState } from '../scenario.js';

export const getCarBrands = defineTool({
  name: 'get_car_brands',
  description:
    'List the car brands in the price table, each with its numeric brand_code and brand_name, in catalog order. ' +
    'limit keeps only the first N brands; when it is omitted, zero or negative, every brand is returned.',
  input: z.object({
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state: Draft<CarPriceState>, args) => {
    const brands = Object.values(state.brands);
    // A non-positive limit means "no limit", as in the reference.
    const shown = args.limit !== null && args.limit > 0 ? brands.slice(0, args.limit) : brands;
    return { brands: shown };
  },
});
