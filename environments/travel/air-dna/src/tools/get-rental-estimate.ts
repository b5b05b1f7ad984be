import { anyInteger, ownEntry, pythonRound, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirDNATool } from '../scenario.js';
import { addressKey } from './keys.js';
import { requireText } from './text-argument.js';

const round2 = (x: number) => pythonRound(x, 2);

export const getRentalEstimate = defineAirDNATool({
  name: 'get_rental_estimate',
  description:
    'Projected short-term-rental performance of a property: annual revenue, average daily rate (USD), occupancy % ' +
    'and a confidence score. An address on file gives its stored estimate; any other gets a model estimate from the ' +
    'bedrooms and bathrooms (nightly 100 + 50/bedroom + 30/bathroom, occupancy 65% + 5/bedroom, at most 95%, confidence 0.75).',
  input: z.object({
    address: z.string(),
    bedrooms: anyInteger(),
    bathrooms: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.address, 'Address');
    if (args.bedrooms < 0) throw new ToolError('Bedrooms must be a non-negative integer');
    if (args.bathrooms < 0) throw new ToolError('Bathrooms must be a non-negative integer');
    const stored = ownEntry(state.rental_estimates, addressKey(args.address));
    if (stored) {
      const { estimated_revenue, average_daily_rate, occupancy_rate, confidence_score } = stored;
      return { estimated_revenue, average_daily_rate, occupancy_rate, confidence_score };
    }
    const nightly = 100 + args.bedrooms * 50 + args.bathrooms * 30;
    const occupancy = 65 + args.bedrooms * 5;
    // The revenue uses the uncapped occupancy, as the reference computes it.
    return {
      estimated_revenue: round2(nightly * occupancy * 3.65),
      average_daily_rate: round2(nightly),
      occupancy_rate: round2(Math.min(occupancy, 95)),
      confidence_score: 0.75,
    };
  },
});
