import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGameTrendingTool } from '../scenario.js';
import { checkLimit, topBy } from './ranking.js';

export const getSteamMostPlayed = defineGameTrendingTool({
  name: 'get_steam_most_played',
  description:
    'Steam games with the largest live player counts, most players first: id, title and current players. limit is ' +
    '1–10 (default 5). Returns {games: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    games: topBy(state.steam_games, (game) => game.current_players, checkLimit(args.limit)).map((game) => ({
      app_id: game.app_id,
      name: game.name,
      current_players: game.current_players,
    })),
  }),
});
