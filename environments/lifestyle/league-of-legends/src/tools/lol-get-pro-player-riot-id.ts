import { ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineLeagueOfLegendsTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const lolGetProPlayerRiotId = defineLeagueOfLegendsTool({
  name: 'lol_get_pro_player_riot_id',
  description:
    "A professional player's Riot ID, team and region: {pro_player_name, riot_id, team, region}; blank fields for a player " +
    'not on record (names match exactly).',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    pro_player_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.pro_player_name, 'pro_player_name', 'Faker');
    const player = ownEntry(state.pro_players, args.pro_player_name);
    if (!player) return { pro_player_name: args.pro_player_name, riot_id: '', team: '', region: '' };
    const { pro_player_name, riot_id, team, region } = player;
    return { pro_player_name, riot_id, team, region };
  },
});
