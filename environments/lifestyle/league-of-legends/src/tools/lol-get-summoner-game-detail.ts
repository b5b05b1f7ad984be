import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';
import { entryOr } from './stats-record.js';
import { summonerKey } from './summoner-key.js';

export const lolGetSummonerGameDetail = defineLeagueOfLegendsTool({
  name: 'lol_get_summoner_game_detail',
  description:
    "One game from a summoner's match history in a region: {game_id, game_mode, duration, players}. A game that is not " +
    'there gets an empty mode, duration 0 and no players.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    summoner_name: z.string(),
    game_id: z.string(),
    region: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.summoner_name, 'summoner_name', 'Faker');
    requireText(args.game_id, 'game_id', 'KR-7001');
    requireText(args.region, 'region', 'kr');
    const matches = ownEntry(state.match_history, summonerKey(args.summoner_name, args.region)) ?? [];
    // Python's `==`: a game id stored as a number never equals the text asked for.
    const match = matches.find((game) => entryOr(game, 'game_id', null) === args.game_id);
    if (!match) return { game_id: args.game_id, game_mode: '', duration: 0, players: [] };
    return {
      game_id: args.game_id,
      game_mode: entryOr(match, 'game_mode', ''),
      duration: entryOr(match, 'duration', 0),
      players: entryOr(match, 'players', []),
    };
  },
});
