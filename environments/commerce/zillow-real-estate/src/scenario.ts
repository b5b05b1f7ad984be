import { z } from 'zod';

// Same fields, constraints and (empty) default world as the reference's ZillowScenario.
export const propertySchema = z.object({
  zpid: z.string(),
  street: z.string(),
  city: z.string(),
  state: z.string().regex(/^[A-Z]{2}$/, 'state must be a two-letter upper-case code such as "WA"'),
  zipcode: z.string().regex(/^\d{5}$/, 'zipcode must be 5 digits'),
  bedrooms: z.int().min(0),
  bathrooms: z.number().min(0),
  sqft: z.int().min(0),
  lot_size: z.int().min(0),
  year_built: z.int().min(1800).max(2100),
  zestimate: z.number().min(0),
  value_range_low: z.number().min(0),
  value_range_high: z.number().min(0),
  last_updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'last_updated must be a date YYYY-MM-DD'),
  price: z.number().min(0),
});

export const scenarioSchema = z.object({
  properties: z.record(z.string(), propertySchema).default(() => ({})),
  comparables_map: z.record(z.string(), z.array(z.string())).default(() => ({})),
});

export type ZillowState = z.output<typeof scenarioSchema>;
export type Property = z.output<typeof propertySchema>;
