import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineGameTrendingTool, type EpicGame, type SteamGame } from '../scenario.js';

function details(game: SteamGame | EpicGame, platform: 'steam' | 'epic') {
  return {
    app_id: game.app_id,
    name: game.name,
    description: game.description ?? '',
    price: { amount: game.price.amount, discount_percent: game.price.discount_percent },
    store_url: game.store_url ?? '',
    rating: game.rating ?? 0,
    platform,
  };
}

export const getGameDetails = defineGameTrendingTool({
  name: 'get_game_details',
  description:
    "A game's full record by app id: title, description, price and discount, store URL, rating (0–100) and platform. " +
    'Steam is searched before Epic. Fails when no game has that id.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    app_id: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const steam = Object.values(state.steam_games).find((game) => game.app_id === args.app_id);
    if (steam) return details(steam, 'steam');
    const epic = Object.values(state.epic_games).find((game) => game.app_id === args.app_id);
    if (epic) return details(epic, 'epic');
    throw new ToolError(`Game with app_id ${args.app_id} not found: find ids with get_app_id`);
  },
});
