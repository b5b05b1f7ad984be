import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirDNATool } from '../scenario.js';
import { cityStateKey } from './keys.js';
import { requireText } from './text-argument.js';

export const getMarketData = defineAirDNATool({
  name: 'get_market_data',
  description:
    'Short-term-rental market figures for a city and two-letter state (case-insensitive): market score, average ' +
    'daily rate, average occupancy %, active listings and RevPAR. A market not on file answers with zeros.',
  input: z.object({
    city: z.string(),
    state: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.city, 'City');
    requireText(args.state, 'State');
    const data = ownEntry(state.market_data_map, cityStateKey(args.city, args.state));
    if (!data) return { market_score: 0, average_adr: 0.0, average_occupancy: 0.0, active_listings: 0, revpar: 0.0 };
    const { market_score, average_adr, average_occupancy, active_listings, revpar } = data;
    return { market_score, average_adr, average_occupancy, active_listings, revpar };
  },
});
