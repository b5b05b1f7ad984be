import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, bounds and (empty) default world as the reference's AttomScenario. Every map is keyed
// by the property's full street address, exactly as an agent passes it to the tools.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const profileSchema = z.object({
  property_id: z.string(),
  fips: z.string(),
  apn: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string().regex(/^[A-Z]{2}$/, 'state must be a two-letter upper-case code such as "CA"'),
  zip: z.string().regex(/^\d{5}(-\d{4})?$/, 'zip must be 5 digits, optionally followed by -NNNN'),
});

export const detailsSchema = z.object({
  property_id: z.string(),
  address: z.string(),
  sqft: anyInteger().min(0),
  lot_size: anyInteger().min(0),
  bedrooms: anyInteger().min(0),
  bathrooms: z.number().min(0),
  year_built: anyInteger().min(1600).max(2100),
  property_type: z.string(),
  stories: anyInteger().min(1),
  garage_type: z.string(),
});

export const valuationSchema = z.object({
  estimated_value: z.number().min(0),
  value_range_low: z.number().min(0),
  value_range_high: z.number().min(0),
  confidence_score: z.string(),
  valuation_date: z.string().regex(ISO_DATE, 'valuation_date must be YYYY-MM-DD'),
});

export const taxAssessmentSchema = z.object({
  assessed_value: z.number().min(0),
  assessed_land_value: z.number().min(0),
  assessed_improvement_value: z.number().min(0),
  tax_amount: z.number().min(0),
  tax_year: anyInteger().min(1900),
  assessment_year: anyInteger().min(1900),
});

export const schoolSchema = z.object({
  school_name: z.string(),
  distance: z.number().min(0),
  school_type: z.string(),
  grade_level: z.string(),
  rating: z.number().min(0).max(10),
});

export const scenarioSchema = z.object({
  property_profiles: z.record(z.string(), profileSchema).default(() => ({})),
  property_details: z.record(z.string(), detailsSchema).default(() => ({})),
  property_valuations: z.record(z.string(), valuationSchema).default(() => ({})),
  tax_assessments: z.record(z.string(), taxAssessmentSchema).default(() => ({})),
  schools_by_address: z.record(z.string(), z.array(schoolSchema)).default(() => ({})),
});

export type AttomState = z.output<typeof scenarioSchema>;
export type School = z.output<typeof schoolSchema>;
