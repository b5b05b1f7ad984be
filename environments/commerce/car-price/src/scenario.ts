import { z } from 'zod';

// Same fields, bounds and (empty) default world as the reference's CarPriceScenario.
export const brandSchema = z.object({
  brand_code: z.int().min(1),
  brand_name: z.string(),
});

export const vehicleSchema = z.object({
  model_name: z.string(),
  production_year: z.int().min(1900).max(2100),
  fuel_type: z.string(),
  current_price: z.number().min(0),
  fipe_code: z.string(),
});

export const scenarioSchema = z.object({
  // Keyed by brand name.
  brands: z.record(z.string(), brandSchema).default(() => ({})),
  // Models of each brand, keyed by brand name.
  vehicles: z.record(z.string(), z.array(vehicleSchema)).default(() => ({})),
  // Brands selling each vehicle type ("cars", "motorcycles", "trucks", or any other key).
  vehicle_types: z.record(z.string(), z.array(brandSchema)).default(() => ({})),
});

export type CarPriceState = z.output<typeof scenarioSchema>;
export type Brand = z.output<typeof brandSchema>;
export type Vehicle = z.output<typeof vehicleSchema>;
