import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, bounds and (empty) default world as the reference's RentCastScenario.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZIP5 = /^\d{5}$/;

export const propertySchema = z.object({
  id: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  zipcode: z.string().regex(ZIP5, 'zipcode must be exactly 5 digits'),
  bedrooms: anyInteger().min(0),
  bathrooms: z.number().min(0),
  sqft: anyInteger().min(0),
  year_built: anyInteger().min(1800).max(2100),
  property_type: z.string(),
  owner_name: z.string(),
});

export const valuationSchema = z.object({
  property_id: z.string(),
  estimated_value: z.number().min(0),
  value_range_low: z.number().min(0),
  value_range_high: z.number().min(0),
  confidence_score: z.number().min(0).max(1),
  valuation_date: z.string().regex(ISO_DATE, 'valuation_date must be YYYY-MM-DD'),
});

export const saleListingSchema = z.object({
  id: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  list_price: z.number().min(0),
  bedrooms: anyInteger().min(0),
  bathrooms: z.number().min(0),
  sqft: anyInteger().min(0),
  days_on_market: anyInteger().min(0),
});

export const rentalListingSchema = z.object({
  id: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  monthly_rent: z.number().min(0),
  bedrooms: anyInteger().min(0),
  bathrooms: z.number().min(0),
  available_date: z.string().regex(ISO_DATE, 'available_date must be YYYY-MM-DD'),
});

export const marketDataSchema = z.object({
  zip_code: z.string().regex(ZIP5, 'zip_code must be exactly 5 digits'),
  average_sale_price: z.number().min(0),
  average_rent: z.number().min(0),
  price_per_sqft: z.number().min(0),
  inventory_count: anyInteger().min(0),
  days_on_market_avg: anyInteger().min(0),
});

export const scenarioSchema = z.object({
  // Keyed by property id; valuations share the key of the property they value.
  properties: z.record(z.string(), propertySchema).default(() => ({})),
  valuations: z.record(z.string(), valuationSchema).default(() => ({})),
  sale_listings: z.array(saleListingSchema).default(() => []),
  rental_listings: z.array(rentalListingSchema).default(() => []),
  // Keyed by 5-digit ZIP code.
  market_data: z.record(z.string(), marketDataSchema).default(() => ({})),
});

export type RentCastState = z.output<typeof scenarioSchema>;
export type Property = z.output<typeof propertySchema>;
