import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's AirDNA scenario, same fields, bounds and default regulation table.
// Rental estimates are filed under a normalised address key ("12 Main St" → "12_main_st") and
// market data under "city_state" in lower case, as the reference files them.

export const marketInfoSchema = z.object({
  market_id: z.string(),
  market_name: z.string(),
  market_type: z.string(),
  state: z.string(),
});

export const rentalEstimateSchema = z.object({
  address: z.string(),
  estimated_revenue: z.number().min(0),
  average_daily_rate: z.number().min(0),
  occupancy_rate: z.number().min(0).max(100),
  confidence_score: z.number().min(0).max(1),
});

export const marketDataSchema = z.object({
  city: z.string(),
  state: z.string(),
  market_score: z.int().min(0),
  average_adr: z.number().min(0),
  average_occupancy: z.number().min(0).max(100),
  active_listings: z.int().min(0),
  revpar: z.number().min(0),
});

export const listingDataSchema = z.object({
  property_id: z.string(),
  revenue_ltm: z.number().min(0),
  occupancy_ltm: z.number().min(0).max(100),
  adr_ltm: z.number().min(0),
  number_of_reviews: z.int().min(0),
  rating: z.number().min(0).max(5),
});

export const rateRecommendationSchema = z.object({
  date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u),
  recommended_rate: z.number().min(0),
  demand_level: z.string(),
});

export const smartRatesSchema = z.object({
  airbnb_property_id: z.string(),
  start_date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u),
  end_date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u),
  recommendations: z.array(rateRecommendationSchema).default(() => []),
});

// The reference's AirDNAScenario.
export const scenarioSchema = z.object({
  markets: z.record(z.string(), marketInfoSchema).default(() => ({})),
  rental_estimates: z.record(z.string(), rentalEstimateSchema).default(() => ({})),
  market_data_map: z.record(z.string(), marketDataSchema).default(() => ({})),
  listing_data_map: z.record(z.string(), listingDataSchema).default(() => ({})),
  smart_rates_map: z.record(z.string(), smartRatesSchema).default(() => ({})),
  state_regulations: z.record(z.string(), z.record(z.string(), z.any())).default(() => ({
    CA: { max_rental_days: 180, transient_occupancy_tax: 0.14, permit_required: true },
    NY: { max_rental_days: 365, transient_occupancy_tax: 0.145, permit_required: true },
    TX: { max_rental_days: 365, transient_occupancy_tax: 0.09, permit_required: false },
    FL: { max_rental_days: 365, transient_occupancy_tax: 0.13, permit_required: true },
    CO: { max_rental_days: 365, transient_occupancy_tax: 0.108, permit_required: true },
    AZ: { max_rental_days: 365, transient_occupancy_tax: 0.125, permit_required: false },
    WA: { max_rental_days: 365, transient_occupancy_tax: 0.152, permit_required: true },
    NV: { max_rental_days: 365, transient_occupancy_tax: 0.135, permit_required: true },
    TN: { max_rental_days: 365, transient_occupancy_tax: 0.09, permit_required: false },
    OR: { max_rental_days: 90, transient_occupancy_tax: 0.115, permit_required: true },
  })),
});

export type AirDNAState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of AirDNAState. */
export const defineAirDNATool = toolsFor<AirDNAState>();
