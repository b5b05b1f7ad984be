import { z } from 'zod';
import { defineGameTrendingTool } from '../scenario.js';

export const getEpicFreeGames = defineGameTrendingTool({
  name: 'get_epic_free_games',
  description:
    'Epic Games Store giveaways: {current_games} free to claim now and, unless include_upcoming is false, ' +
    '{upcoming_games} that will be free soon — each with id and title, in the store listing order.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    include_upcoming: z.boolean().default(true),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const games = Object.values(state.epic_games);
    const brief = (game: (typeof games)[number]) => ({ app_id: game.app_id, name: game.name });
    const current_games = games.filter((game) => game.is_free_now).map(brief);
    if (!args.include_upcoming) return { current_games };
    return { current_games, upcoming_games: games.filter((game) => game.is_upcoming_free).map(brief) };
  },
});
