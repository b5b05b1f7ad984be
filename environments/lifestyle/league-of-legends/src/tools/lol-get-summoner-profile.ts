import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { summonerKey } from './summoner-key.js';

export const lolGetSummonerProfile = defineLeagueOfLegendsTool({
  name: 'lol_get_summoner_profile',
  description:
    "A summoner's profile in a region as stored (rank, tier, LP, win rate, champion pool). An unknown summoner gets a blank " +
    'profile: {summoner_name, rank: "", tier: "", lp: 0, win_rate: 0, champion_pool: []}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    summoner_name: z.string(),
    region: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.summoner_name, 'summoner_name', 'Faker');
    requireText(args.region, 'region', 'kr');
    const profile = ownEntry(state.summoner_profiles, summonerKey(args.summoner_name, args.region));
    if (profile) return profile;
    return { summoner_name: args.summoner_name, rank: '', tier: '', lp: 0, win_rate: 0, champion_pool: [] };
  },
});
