import { containsText } from '@envfleet/kit';
import { z } from 'zod';
import { defineAirDNATool } from '../scenario.js';
import { requireText } from './text-argument.js';

export const searchMarkets = defineAirDNATool({
  name: 'search_markets',
  description:
    'Find markets whose name, state or type (city, neighborhood, metro) contains the query, case-insensitive: ' +
    '{markets: [{market_id, market_name, market_type, state}]}.',
  input: z.object({
    query: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.query, 'Query');
    const query = args.query.toLowerCase();
    const markets = Object.values(state.markets).filter(
      (market) =>
        containsText(market.market_name.toLowerCase(), query) ||
        containsText(market.state.toLowerCase(), query) ||
        containsText(market.market_type.toLowerCase(), query),
    );
    return {
      markets: markets.map(({ market_id, market_name, market_type, state: usState }) => ({
        market_id,
        market_name,
        market_type,
        state: usState,
      })),
    };
  },
});
