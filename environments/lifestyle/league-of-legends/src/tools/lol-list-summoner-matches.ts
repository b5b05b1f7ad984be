import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { checkLimit, firstUpTo } from './limit.js';
import { requireText } from './required-text.js';
import { summonerKey } from './summoner-key.js';

export const lolListSummonerMatches = defineLeagueOfLegendsTool({
  name: 'lol_list_summoner_matches',
  description:
    "A summoner's recent games in a region, as stored, the first `limit` when given: {matches: [...]}; none for an unknown summoner.",
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    summoner_name: z.string(),
    region: z.string(),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.summoner_name, 'summoner_name', 'Faker');
    requireText(args.region, 'region', 'kr');
    checkLimit(args.limit);
    const matches = ownEntry(state.match_history, summonerKey(args.summoner_name, args.region)) ?? [];
    return { matches: firstUpTo(matches, args.limit) };
  },
});
