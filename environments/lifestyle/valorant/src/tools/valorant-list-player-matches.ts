import { anyInteger, hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineValorantTool } from '../scenario.js';
import { firstUpTo } from './limit.js';

export const valorantListPlayerMatches = defineValorantTool({
  name: 'valorant_list_player_matches',
  description:
    "A player's match history (map, agent, result, score, time), the first `limit` when given: {matches: [...]}. With a " +
    'region, only matches on maps the scenario knows are kept — as in the reference, the region itself is not compared.',
  input: z.object({
    player_name: z.string(),
    region: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.player_name) throw new ToolError('Player name must be a non-empty string');
    let matches = ownEntry(state.player_matches, args.player_name) ?? [];
    if (args.region) matches = matches.filter((match) => hasEntry(state.maps, match.map));
    return { matches: firstUpTo(matches, args.limit) };
  },
});
