import { compareCodePoints, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirDNATool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const getSmartRates = defineAirDNATool({
  name: 'get_smart_rates',
  description:
    'Recommended nightly rates for a listing between two dates (YYYY-MM-DD, both included): {recommendations: [{date, ' +
    'recommended_rate, demand_level}]}, in the order on file; empty for a listing without recommendations.',
  input: z.object({
    airbnb_property_id: z.string(),
    start_date: z.string(),
    end_date: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.airbnb_property_id, 'Airbnb property ID');
    requireText(args.start_date, 'Start date');
    requireText(args.end_date, 'End date');
    const rates = ownEntry(state.smart_rates_map, args.airbnb_property_id);
    if (!rates) return { recommendations: [] };
    // Dates compare as text, character by character, as the reference compares them.
    const inRange = rates.recommendations.filter(
      (rec) => compareCodePoints(args.start_date, rec.date) <= 0 && compareCodePoints(rec.date, args.end_date) <= 0,
    );
    return { recommendations: inRange.map(({ date, recommended_rate, demand_level }) => ({ date, recommended_rate, demand_level })) };
  },
});
