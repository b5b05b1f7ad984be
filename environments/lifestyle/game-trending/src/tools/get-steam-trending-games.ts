import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGameTrendingTool } from '../scenario.js';
import { checkLimit, topBy, trendingEntry } from './ranking.js';

export const getSteamTrendingGames = defineGameTrendingTool({
  name: 'get_steam_trending_games',
  description:
    'Steam games with the most momentum (highest trending score first): id, title, live player count and price with ' +
    'discount. limit is 1–10 (default 5). Returns {games: [...]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    limit: anyInteger().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    games: topBy(state.steam_games, (game) => game.trending_score ?? 0, checkLimit(args.limit)).map(trendingEntry),
  }),
});
